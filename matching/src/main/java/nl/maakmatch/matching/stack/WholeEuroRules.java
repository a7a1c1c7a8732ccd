package nl.maakmatch.matching.stack;

/**
 * Every rule a composed stack must meet, checked on whole euros. Rounding proposes, this decides: a
 * rounded stack that breaks any rule is never returned.
 */
final class WholeEuroRules {

  /** Products of a rate and whole euros are compared with this much floating-point slack. */
  static final double SLACK_EUR = 1e-6;

  private final PreparedProblem prepared;
  private final StackLimits limits;

  WholeEuroRules(PreparedProblem prepared) {
    this.prepared = prepared;
    this.limits = prepared.limits();
  }

  boolean allHold(WholeEuroStack stack) {
    return ownBoundsHold(stack)
        && fundsAddUp(stack)
        && bankWithinCollateralAndGuarantees(stack)
        && guaranteesWithinTheirShareOfTheBankLoan(stack)
        && bankGoesFirstWhereRequired(stack)
        && aidWithinEveryCeiling(stack)
        && noExcludedPair(stack);
  }

  private boolean aidWithinEveryCeiling(WholeEuroStack stack) {
    for (AidCeiling ceiling : limits.aidCeilings()) {
      if (ceiling.inForce(prepared, stack.amountsEur())
          && ceiling.aidEur(prepared, stack.amountsEur()) > ceiling.capEur() + SLACK_EUR) {
        return false;
      }
    }
    return true;
  }

  private boolean ownBoundsHold(WholeEuroStack stack) {
    for (int i = 0; i < prepared.size(); i++) {
      long amount = stack.amountsEur()[i];
      Candidate candidate = prepared.candidate(i);
      if (amount != 0 && (amount < candidate.minEur() || amount > candidate.maxEur())) {
        return false;
      }
    }
    return true;
  }

  /** No over-financing: funds, bank loan and what is left uncovered add up to the need. */
  private boolean fundsAddUp(WholeEuroStack stack) {
    long total = stack.bankEur() + stack.uncoveredEur();
    for (int i = 0; i < prepared.size(); i++) {
      if (prepared.candidate(i).fundsNow()) {
        total += stack.amountsEur()[i];
      }
    }
    return stack.bankEur() >= 0 && stack.uncoveredEur() >= 0 && total == limits.needEur();
  }

  private boolean bankWithinCollateralAndGuarantees(WholeEuroStack stack) {
    long cap = limits.unsecuredBankEur();
    long lent = stack.bankEur();
    for (int i = 0; i < prepared.size(); i++) {
      if (prepared.candidate(i).isGuarantee()) {
        cap += stack.amountsEur()[i];
      } else if (prepared.candidate(i).lentByTheBank()) {
        lent += stack.amountsEur()[i];
      }
    }
    return lent <= cap;
  }

  private boolean guaranteesWithinTheirShareOfTheBankLoan(WholeEuroStack stack) {
    for (int i = 0; i < prepared.size(); i++) {
      Candidate candidate = prepared.candidate(i);
      if (candidate.coversBankLoan()
          && stack.amountsEur()[i]
              > candidate.option().requirementShare() * stack.bankEur() + SLACK_EUR) {
        return false;
      }
    }
    return true;
  }

  private boolean bankGoesFirstWhereRequired(WholeEuroStack stack) {
    for (int i = 0; i < prepared.size(); i++) {
      Candidate candidate = prepared.candidate(i);
      long amount = stack.amountsEur()[i];
      if (candidate.bankFirstRule()
          && amount > candidate.option().bankFirstAboveEur()
          && stack.bankEur() < amount) {
        return false;
      }
    }
    return true;
  }

  private boolean noExcludedPair(WholeEuroStack stack) {
    for (int i = 0; i < prepared.size(); i++) {
      for (int j = i + 1; j < prepared.size(); j++) {
        if (stack.amountsEur()[i] > 0 && stack.amountsEur()[j] > 0 && prepared.exclusive(i, j)) {
          return false;
        }
      }
    }
    return true;
  }
}
