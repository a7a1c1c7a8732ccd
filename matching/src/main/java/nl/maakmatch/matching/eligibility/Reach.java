package nl.maakmatch.matching.eligibility;

/**
 * What counts as a realistic single change for a counterfactual ("would fit if"). Beyond these a
 * plan is not adjusted but replaced, and the engine says nothing rather than suggest it.
 */
final class Reach {

  /** An amount may grow or shrink by at most a third of its current value. */
  static final double MAX_AMOUNT_CHANGE = 1.0 / 3;

  /** Waiting until the firm is old enough: at most three years. */
  static final int MAX_WAIT_YEARS = 3;

  /** Maturing a technology: at most two TRL steps. */
  static final int MAX_TRL_STEPS = 2;

  /** Moving the start to after a round opens: at most half a year. */
  static final int MAX_START_DELAY_MONTHS = 6;

  private Reach() {}

  static boolean amountChangeIsRealistic(long change, long current) {
    return change > 0 && change <= Math.max(current, 0) * MAX_AMOUNT_CHANGE;
  }
}
