package nl.maakmatch.matching.catalogue;

import nl.maakmatch.matching.catalogue.MatchingTerms.CostPeriod;
import nl.maakmatch.matching.stack.PartKind;

/**
 * The engine's assumptions, all in one place: the commercial bank loan every stack leans on, how
 * one-off costs and benefits are spread over the years, and the cost and decision time of an
 * instrument whose catalogue entry gives none. None of these come from the reference; each use is
 * flagged to the firm owner (COST_UNKNOWN) or documented on the result.
 */
public final class EngineDefaults {

  /** Interest on an ordinary secured MKB bank loan (assumption, 2025–2026 level). */
  public static final double BANK_LOAN_RATE = 0.065;

  /**
   * The share of an investment a bank lends against collateral without a state guarantee (machinery
   * and buildings as security); guaranteed cover adds to it.
   */
  public static final double BANK_UNSECURED_SHARE_OF_INVESTMENT = 0.5;

  /** One-off premiums, fees and tax benefits are spread over a typical 5-year machinery loan. */
  public static final int ONE_OFF_SPREAD_YEARS = 5;

  /** Scoring: an annual cost at or above this rate earns no points for cost of capital. */
  public static final double EXPENSIVE_ANNUAL_RATE = 0.15;

  private EngineDefaults() {}

  /** The yearly cost per euro of an instrument: its own rate annualised, or the default. */
  public static double annualCostRate(MatchingTerms terms) {
    Double rate = terms.pricing().costRate();
    if (rate == null) {
      return defaultAnnualCostRate(terms.part());
    }
    return terms.pricing().costPeriod() == CostPeriod.ONE_OFF ? rate / ONE_OFF_SPREAD_YEARS : rate;
  }

  /** Whether the cost comes from the defaults rather than the catalogue. */
  public static boolean costIsDefaulted(MatchingTerms terms) {
    return terms.pricing().costRate() == null
        && terms.part() != PartKind.GRANT
        && terms.part() != PartKind.TAX_BENEFIT;
  }

  /**
   * Assumed yearly cost where the catalogue says "market terms": a secured loan at the bank rate,
   * subordinated and convertible debt with a risk premium, equity at the return an investor in an
   * unlisted MKB firm expects, a guarantee at a market-style premium.
   */
  public static double defaultAnnualCostRate(PartKind kind) {
    return switch (kind) {
      case LOAN, BANK_LOAN -> BANK_LOAN_RATE;
      case SUBORDINATED_LOAN -> 0.09;
      case CONVERTIBLE_LOAN -> 0.08;
      case EQUITY -> 0.15;
      case GUARANTEE -> 0.01;
      case GRANT, TAX_BENEFIT, OWN_FUNDS -> 0.0;
    };
  }

  /** Weeks to a decision: the catalogue's, else an assumption by kind. */
  public static int weeksToDecision(MatchingTerms terms) {
    Integer weeks = terms.timing().weeksToDecision();
    if (weeks != null) {
      return weeks;
    }
    return switch (terms.part()) {
      case GUARANTEE -> 4;
      case LOAN, BANK_LOAN, OWN_FUNDS -> 6;
      case SUBORDINATED_LOAN -> 8;
      case CONVERTIBLE_LOAN -> 10;
      case GRANT -> 12;
      case EQUITY -> 16;
      case TAX_BENEFIT -> 2;
    };
  }

  public static boolean weeksAreDefaulted(MatchingTerms terms) {
    return terms.timing().weeksToDecision() == null;
  }
}
