package nl.maakmatch.matching.catalogue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The catalogue's {@code confidence_values}: how well the entry's key facts are sourced. */
public enum Confidence {
  /** Key parameters seen in at least one source, official where possible. */
  CONFIRMED,
  /** Key parameters could not be confirmed; values are best estimates. */
  ESTIMATE,
  /** A policy proposal, not an existing instrument. */
  PROPOSED;

  public static Optional<Confidence> fromYaml(String value) {
    return Arrays.stream(values())
        .filter(c -> c.name().toLowerCase(Locale.ROOT).equals(value))
        .findFirst();
  }
}
