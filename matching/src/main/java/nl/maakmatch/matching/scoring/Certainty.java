package nl.maakmatch.matching.scoring;

/**
 * How far a match can be trusted, from the catalogue's confidence and the terms it rests on. Every
 * doubt is also shown as a flag, so a lower certainty is never unexplained.
 */
public enum Certainty {
  /** Confirmed catalogue facts, curated terms, no estimate involved. */
  HIGH,
  /** One doubt: an estimate, an unconfirmed status, or an assumed cost. */
  MEDIUM,
  /** Two or more doubts. */
  LOW;

  static Certainty fromDoubts(long doubts) {
    return doubts == 0 ? HIGH : doubts == 1 ? MEDIUM : LOW;
  }
}
