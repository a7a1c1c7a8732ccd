package nl.maakmatch.matching.stack;

import java.util.Optional;

/**
 * An option that can be chosen at all in this problem, with the whole-euro bounds it may take.
 *
 * <p>The bounds fold every per-option cap (own min/max, share of the need, a tax benefit's
 * investment base) into two whole numbers, so that any whole-euro amount between them respects them
 * all and rounding can never break one. The minimum is at least one euro, so "chosen" and
 * "positive" mean the same thing.
 *
 * @param index position in {@link PreparedProblem#candidates()}
 */
record Candidate(int index, StackOption option, long minEur, long maxEur) {

  /** Tolerance for products of a rate and a euro amount that should be whole. */
  static final double ROUNDING_SLACK = 1e-7;

  static Optional<Candidate> of(int index, StackOption option, StackProblem problem) {
    long max =
        Math.min(option.maxEur(), wholeEurosAtMost(option.maxShareOfNeed() * problem.needEur()));
    if (option.kind() == PartKind.TAX_BENEFIT) {
      max = Math.min(max, problem.totalInvestmentEur());
    }
    long min = Math.max(1, option.minEur());
    boolean guaranteeWithoutCover =
        option.requirement() == StackOption.Requirement.COVERS_BANK_LOAN
            && !(option.requirementShare() > 0);
    if (max < min || guaranteeWithoutCover) {
      return Optional.empty();
    }
    return Optional.of(new Candidate(index, option, min, max));
  }

  static long wholeEurosAtMost(double euros) {
    return (long) Math.floor(euros + ROUNDING_SLACK);
  }

  String id() {
    return option.instrumentId();
  }

  boolean fundsNow() {
    return option.kind().fundsNow();
  }

  boolean isGuarantee() {
    return option.kind() == PartKind.GUARANTEE;
  }

  boolean coversBankLoan() {
    return option.requirement() == StackOption.Requirement.COVERS_BANK_LOAN;
  }

  /** EIB-funded lending: the bank's own loan on a cheaper line, under the same collateral limit. */
  boolean lentByTheBank() {
    return option.requirement() == StackOption.Requirement.LENT_BY_THE_BANK;
  }

  boolean bankFirstRule() {
    return option.requirement() == StackOption.Requirement.BANK_FIRST_ABOVE;
  }

  /** Equity and convertibles hand over ownership (now or later): what LEAST_DILUTION avoids. */
  boolean dilutes() {
    return option.kind() == PartKind.EQUITY || option.kind() == PartKind.CONVERTIBLE_LOAN;
  }

  /**
   * Own funds and a bank loan need no application to a scheme, so FEWEST_APPLICATIONS ignores them.
   */
  boolean isApplication() {
    return option.kind() != PartKind.OWN_FUNDS && option.kind() != PartKind.BANK_LOAN;
  }

  /** The largest amount for which no bank has to go first. */
  long maxWithoutBankFirst() {
    return bankFirstRule() ? Math.min(maxEur, option.bankFirstAboveEur()) : maxEur;
  }

  boolean canStayWithoutBankFirst() {
    return maxWithoutBankFirst() >= minEur;
  }

  boolean canGoAboveBankFirst() {
    return bankFirstRule() && maxEur > option.bankFirstAboveEur();
  }

  /**
   * Exclusion is symmetric: either side's list is enough to keep the two apart. Two guarantees
   * always exclude each other: the stack has one bank loan and one guarantee scheme stands behind a
   * loan (GO and EIF cannot both guarantee it, issue #11).
   */
  boolean excludes(Candidate other) {
    return option.excludes().contains(other.id())
        || other.option.excludes().contains(id())
        || (isGuarantee() && other.isGuarantee());
  }
}
