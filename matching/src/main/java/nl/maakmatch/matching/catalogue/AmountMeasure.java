package nl.maakmatch.matching.catalogue;

/**
 * What an instrument's own minimum and maximum amount measure, and so how the engine compares them
 * with a plan (a loan is at most the need, a grant a share of the costs, a tax benefit's base is
 * the investment).
 */
public enum AmountMeasure {
  /** A loan from the instrument itself; at most the financing need. */
  LOAN,
  /** An equity or quasi-equity investment by the instrument. */
  TICKET,
  /** A credit guaranteed or provided by the scheme (BMKB's credit need). */
  CREDIT,
  /** The bank loan a guarantee stands behind (GO's minimum loan). */
  GUARANTEED_LOAN,
  /** A grant: a share of the plan's costs. */
  SUBSIDY,
  /** The investment a tax deduction is computed on. */
  TAX_BASE;

  /** Whether the amount is drawn from the financing need (as opposed to a share of costs). */
  public boolean comesOutOfTheNeed() {
    return this == LOAN || this == TICKET || this == CREDIT || this == GUARANTEED_LOAN;
  }
}
