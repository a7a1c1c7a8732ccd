package nl.maakmatch.domain.instrument;

import java.util.List;
import java.util.Objects;

/**
 * An instrument as the catalogue lists it: its current state and where its terms come from.
 *
 * @param version the number of its current definition
 * @param sources where its terms are published; never empty for a shipped instrument
 */
public record ListedInstrument(
    String id,
    String name,
    String operator,
    InstrumentStatus status,
    List<String> types,
    InstrumentConfidence confidence,
    int version,
    List<String> sources) {

  public ListedInstrument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(confidence, "confidence");
    types = List.copyOf(types);
    sources = List.copyOf(sources);
  }

  static ListedInstrument of(Instrument instrument, InstrumentDefinition definition) {
    return new ListedInstrument(
        instrument.id(),
        instrument.name(),
        instrument.operator(),
        instrument.status(),
        instrument.types(),
        instrument.confidence(),
        instrument.currentVersion(),
        definition.sources());
  }
}
