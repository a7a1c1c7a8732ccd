package nl.maakmatch.matching.stack;

/**
 * How good a stack is, compared lexicographically: first what it leaves uncovered, then the
 * objective's own measure (equity taken in, or applications filed; 0 for lowest cost), then the
 * yearly cost. The same order serves as a lower bound for a relaxation, because the lexicographic
 * minimum over a larger set can never be above the minimum over a smaller one.
 *
 * <p>Comparisons allow a small tolerance so that floating-point noise in the LP does not decide
 * between stacks that differ by a fraction of a cent.
 */
record Score(double uncoveredEur, double primary, double costEur) implements Comparable<Score> {

  private static final double EUR_TOLERANCE = 1e-3;
  private static final double PRIMARY_TOLERANCE = 1e-3;
  private static final double COST_TOLERANCE = 1e-4;

  @Override
  public int compareTo(Score other) {
    int byUncovered = compare(uncoveredEur, other.uncoveredEur, EUR_TOLERANCE);
    if (byUncovered != 0) {
      return byUncovered;
    }
    int byPrimary = compare(primary, other.primary, PRIMARY_TOLERANCE);
    if (byPrimary != 0) {
      return byPrimary;
    }
    return compare(costEur, other.costEur, COST_TOLERANCE);
  }

  boolean betterThan(Score other) {
    return compareTo(other) < 0;
  }

  private static int compare(double a, double b, double tolerance) {
    double slack = tolerance * Math.max(1, Math.max(Math.abs(a), Math.abs(b)) * 1e-6);
    if (a < b - slack) {
      return -1;
    }
    return a > b + slack ? 1 : 0;
  }
}
