package nl.maakmatch.matching.stack;

/**
 * Euros kept free on the constraints that couple the bank loan to other parts, so that rounding
 * every amount down to whole euros afterwards cannot break them.
 *
 * <p>Rounding n parts down moves less than n euros onto the bank loan and takes less than one euro
 * off each guarantee, so a bank-cap margin of (parts + guarantees + 1) euros is enough; the bank
 * loan itself can drop by less than one euro, which a one-euro margin on the guarantee share and
 * bank-first rows absorbs.
 */
record Margins(double bankCapEur, double guaranteeShareEur, double bankFirstEur) {

  static final Margins NONE = new Margins(0, 0, 0);

  static Margins forWholeEuros(PreparedProblem prepared) {
    return new Margins(2.0 * prepared.size() + 1, 1, 1);
  }
}
