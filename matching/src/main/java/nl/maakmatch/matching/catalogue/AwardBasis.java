package nl.maakmatch.matching.catalogue;

import nl.maakmatch.matching.stack.PartKind;

/**
 * How an instrument is awarded once a plan fits its rules, which decides whether a stack may count
 * on it. Only a {@link #COMPETITIVE} award is left out of the base stack: a firm that fits the
 * rules of a competition still has to win it, so it is shown as upside.
 */
public enum AwardBasis {
  /** A right once the conditions hold (the fiscal schemes: EIA, MIA/Vamil, KIA, WBSO). */
  ENTITLEMENT,
  /** Loans, guarantees and equity: subject to the financier's own assessment of the firm. */
  CREDIT,
  /** A budget round paid out in order of complete applications until the budget runs out. */
  FIRST_COME,
  /** Applications ranked against each other; most applicants do not win (EIC, MIT R&D). */
  COMPETITIVE;

  /**
   * The reading for an entry whose terms do not state one: tax benefits are entitlements, money
   * from a financier is credit, and a grant of unknown award is not counted on.
   */
  public static AwardBasis byDefaultFor(PartKind part) {
    return switch (part) {
      case TAX_BENEFIT -> ENTITLEMENT;
      case GRANT -> COMPETITIVE;
      default -> CREDIT;
    };
  }
}
