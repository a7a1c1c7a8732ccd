package nl.maakmatch.matching.catalogue;

/** Where an instrument's age limit counts from. */
public enum AgeCount {
  /** The firm's founding (registration). */
  FOUNDING,
  /**
   * The firm's first commercial sale: GBER art. 21(5) risk finance for firms up to 7 years after it
   * (Seed Capital: "up to 7 years after first commercial sale").
   */
  FIRST_COMMERCIAL_SALE
}
