package nl.maakmatch.matching.stack;

/** What the search has decided about one candidate so far. */
enum OptionState {
  /** Not decided: the relaxation lets it take anything from 0 to its maximum. */
  FREE,
  OUT,
  /** Chosen within its bounds; for a bank-first option, kept at or below its threshold. */
  IN,
  /** Chosen above a bank-first threshold: the bank loan must be at least as large. */
  IN_BANK_FIRST;

  boolean chosen() {
    return this == IN || this == IN_BANK_FIRST;
  }
}
