package nl.maakmatch.matching.stack;

import java.util.List;

/**
 * The problem-wide limits in the units the rules state them.
 *
 * @param needEur what the funding parts and the bank loan must cover together
 * @param unsecuredBankEur what a bank lends without a state guarantee, in whole euros
 * @param aidCeilings every ceiling on aid: de minimis headroom, per cost line the cumulation
 *     intensity and, where EU funds apply, the EU rate
 * @param deMinimisHeadroomEur what is left of the de minimis ceiling
 */
record StackLimits(
    long needEur,
    long unsecuredBankEur,
    List<AidCeiling> aidCeilings,
    long deMinimisHeadroomEur,
    double bankRate,
    Objective objective) {

  static StackLimits of(StackProblem problem) {
    double unsecured =
        problem.bankLoan().unsecuredShareOfInvestment() * problem.totalInvestmentEur();
    return new StackLimits(
        problem.needEur(),
        Math.max(0, Candidate.wholeEurosAtMost(unsecured)),
        AidCeiling.of(problem),
        Math.max(0, problem.deMinimisHeadroomEur()),
        problem.bankLoan().annualRate(),
        problem.objective());
  }
}
