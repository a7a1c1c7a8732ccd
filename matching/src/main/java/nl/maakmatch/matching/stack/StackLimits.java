package nl.maakmatch.matching.stack;

/**
 * The problem-wide limits in the units the rules state them.
 *
 * @param needEur what the funding parts and the bank loan must cover together
 * @param unsecuredBankEur what a bank lends without a state guarantee, in whole euros
 * @param gberAidCapEur the GBER aid intensity cap applied to the eligible costs (not rounded: the
 *     legal ceiling is the product itself)
 * @param deMinimisHeadroomEur what is left of the de minimis ceiling
 */
record StackLimits(
    long needEur,
    long unsecuredBankEur,
    double gberAidCapEur,
    long deMinimisHeadroomEur,
    double bankRate,
    Objective objective) {

  static StackLimits of(StackProblem problem) {
    double unsecured =
        problem.bankLoan().unsecuredShareOfInvestment() * problem.totalInvestmentEur();
    return new StackLimits(
        problem.needEur(),
        Math.max(0, Candidate.wholeEurosAtMost(unsecured)),
        Math.max(0, problem.gberIntensityCap() * problem.totalInvestmentEur()),
        Math.max(0, problem.deMinimisHeadroomEur()),
        problem.bankLoan().annualRate(),
        problem.objective());
  }

  double aidCapEur(AidBasis basis) {
    return switch (basis) {
      case GBER -> gberAidCapEur;
      case DE_MINIMIS -> deMinimisHeadroomEur;
      case NONE -> Double.POSITIVE_INFINITY;
    };
  }
}
