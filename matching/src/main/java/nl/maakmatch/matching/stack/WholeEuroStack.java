package nl.maakmatch.matching.stack;

/**
 * A stack in whole euros, before it is dressed up as parts.
 *
 * @param amountsEur per candidate (index as in {@link PreparedProblem#candidates()}); 0 when out
 */
record WholeEuroStack(long[] amountsEur, long bankEur, long uncoveredEur) {

  static WholeEuroStack bankAloneAsFarAsItGoes(PreparedProblem prepared) {
    StackLimits limits = prepared.limits();
    long bank = Math.min(limits.needEur(), limits.unsecuredBankEur());
    return new WholeEuroStack(new long[prepared.size()], bank, limits.needEur() - bank);
  }

  double aidEur(PreparedProblem prepared, AidBasis basis) {
    double aid = 0;
    for (int i = 0; i < amountsEur.length; i++) {
      Candidate candidate = prepared.candidate(i);
      if (candidate.option().aidBasis() == basis) {
        aid += candidate.option().aidEquivalentRate() * amountsEur[i];
      }
    }
    return aid;
  }

  double costEur(PreparedProblem prepared) {
    double cost = bankEur * prepared.limits().bankRate();
    for (int i = 0; i < amountsEur.length; i++) {
      cost += prepared.candidate(i).option().annualCostRate() * amountsEur[i];
    }
    return cost;
  }

  Score score(PreparedProblem prepared) {
    double primary = 0;
    for (int i = 0; i < amountsEur.length; i++) {
      Candidate candidate = prepared.candidate(i);
      if (amountsEur[i] <= 0) {
        continue;
      }
      switch (prepared.limits().objective()) {
        case LEAST_DILUTION -> primary += candidate.dilutes() ? amountsEur[i] : 0;
        case FEWEST_APPLICATIONS -> primary += candidate.isApplication() ? 1 : 0;
        default -> {}
      }
    }
    return new Score(uncoveredEur, primary, costEur(prepared));
  }
}
