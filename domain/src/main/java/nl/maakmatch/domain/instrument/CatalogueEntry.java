package nl.maakmatch.domain.instrument;

import java.util.List;
import java.util.Objects;

/**
 * One instrument as read from a catalogue file, ready to be stored.
 *
 * @param definitionJson the whole entry (operator, eligibility, amounts, shares, term, cost,
 *     state-aid basis, combination rules, window, sources, confidence, matching terms) as JSON
 */
public record CatalogueEntry(
    String id,
    String name,
    String operator,
    InstrumentStatus status,
    List<String> types,
    InstrumentConfidence confidence,
    String definitionJson) {

  public CatalogueEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(definitionJson, "definitionJson");
    operator = operator == null ? "" : operator;
    types = List.copyOf(types);
  }
}
