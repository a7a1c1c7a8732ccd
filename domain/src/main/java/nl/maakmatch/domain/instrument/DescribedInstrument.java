package nl.maakmatch.domain.instrument;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * An instrument with its whole current definition (eligibility, amounts, shares, term, cost,
 * state-aid basis, combination rules, application window, sources, confidence).
 *
 * @param definition the current definition in the catalogue-file format; a copy, free to change
 */
public record DescribedInstrument(ListedInstrument listing, JsonNode definition) {

  public DescribedInstrument {
    Objects.requireNonNull(listing, "listing");
    Objects.requireNonNull(definition, "definition");
  }
}
