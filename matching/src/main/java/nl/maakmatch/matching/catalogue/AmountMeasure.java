package nl.maakmatch.matching.catalogue;

/**
 * What an instrument's own minimum and maximum amount measure, and so how the engine compares them
 * with a plan (a loan is at most the need, a grant a share of the costs, a tax benefit's base is
 * the investment).
 */
public enum AmountMeasure {
  /** A loan from the instrument itself; at most the financing need. */
  LOAN("een lening", "a loan"),
  /** An equity or quasi-equity investment by the instrument. */
  TICKET("een investering (ticket)", "a ticket"),
  /** A credit guaranteed or provided by the scheme (BMKB's credit need). */
  CREDIT("een krediet", "a credit"),
  /** The bank loan a guarantee stands behind (GO's minimum loan). */
  GUARANTEED_LOAN("een lening", "a loan"),
  /** A grant: a share of the plan's costs. */
  SUBSIDY("een subsidie", "a grant"),
  /** The investment a tax deduction is computed on. */
  TAX_BASE("een investering", "an investment");

  private final String dutchNoun;
  private final String englishNoun;

  AmountMeasure(String dutchNoun, String englishNoun) {
    this.dutchNoun = dutchNoun;
    this.englishNoun = englishNoun;
  }

  public String dutchNoun() {
    return dutchNoun;
  }

  public String englishNoun() {
    return englishNoun;
  }

  /** Whether the amount is drawn from the financing need (as opposed to a share of costs). */
  public boolean comesOutOfTheNeed() {
    return this == LOAN || this == TICKET || this == CREDIT || this == GUARANTEED_LOAN;
  }
}
