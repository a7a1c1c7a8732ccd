package nl.maakmatch.matching.stack;

import java.util.List;
import java.util.Objects;

/**
 * Everything the composer needs to cover one plan.
 *
 * @param totalInvestmentEur the plan's total investment (the eligible costs for GBER)
 * @param ownContributionEur the firm's own money, always part of the stack
 * @param committedByOthersEur money already committed by others, reduces the need
 * @param gberIntensityCap largest share of the eligible costs that all GBER aid together may reach
 *     (e.g. 0.20 for a small, 0.10 for a medium firm's investment aid; 0 when none)
 * @param deMinimisHeadroomEur what is left of the EUR 300,000 de minimis ceiling
 * @param bankLoan terms of the commercial bank loan that serves as the base
 * @param options the eligible instruments
 * @param objective what to optimise
 */
public record StackProblem(
    long totalInvestmentEur,
    long ownContributionEur,
    long committedByOthersEur,
    double gberIntensityCap,
    long deMinimisHeadroomEur,
    BankLoanTerms bankLoan,
    List<StackOption> options,
    Objective objective) {

  public StackProblem {
    Objects.requireNonNull(bankLoan, "bankLoan");
    Objects.requireNonNull(objective, "objective");
    options = List.copyOf(options);
    if (totalInvestmentEur < 0 || ownContributionEur < 0 || committedByOthersEur < 0) {
      throw new IllegalArgumentException("amounts must not be negative");
    }
  }

  /** The money still to be found: investment minus own contribution and commitments. */
  public long needEur() {
    return Math.max(0, totalInvestmentEur - ownContributionEur - committedByOthersEur);
  }

  /**
   * The commercial bank loan.
   *
   * @param annualRate interest per year
   * @param unsecuredShareOfInvestment how much of the investment a bank lends without a state
   *     guarantee (collateral value); guaranteed cover adds to it
   */
  public record BankLoanTerms(double annualRate, double unsecuredShareOfInvestment) {}
}
