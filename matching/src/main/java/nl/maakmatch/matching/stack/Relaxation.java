package nl.maakmatch.matching.stack;

/**
 * The LP optimum for one combination of choices, in (fractional) euros.
 *
 * @param amountsEur per candidate: funds, or cover for a guarantee / tax benefit; 0 when out
 * @param bound the lexicographic optimum of the relaxation: a lower bound for every stack that
 *     refines these choices
 */
record Relaxation(double[] amountsEur, double bankEur, double uncoveredEur, Score bound) {

  /**
   * Amounts at or below this are solver noise, not a chosen part: the LP works in thousands of
   * euros with a feasibility tolerance of 10^-6, a thousandth of a euro.
   */
  static final double ZERO_EUR = 1e-3;

  boolean positive(int index) {
    return amountsEur[index] > ZERO_EUR;
  }
}
