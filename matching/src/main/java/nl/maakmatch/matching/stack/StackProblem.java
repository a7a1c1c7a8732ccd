package nl.maakmatch.matching.stack;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything the composer needs to cover one plan.
 *
 * @param totalInvestmentEur the plan's total investment (the eligible costs for GBER)
 * @param ownContributionEur the firm's own money, always part of the stack
 * @param committedByOthersEur money already committed by others, reduces the need
 * @param costLines the plan's eligible costs, line by line, each with the highest aid intensity
 *     applicable to it; together they make up the total investment
 * @param deMinimisHeadroomEur what is left of the EUR 300,000 de minimis ceiling
 * @param bankLoan terms of the commercial bank loan that serves as the base
 * @param options the eligible instruments
 * @param objective what to optimise
 */
public record StackProblem(
    long totalInvestmentEur,
    long ownContributionEur,
    long committedByOthersEur,
    List<CostLine> costLines,
    long deMinimisHeadroomEur,
    BankLoanTerms bankLoan,
    List<StackOption> options,
    Objective objective) {

  public StackProblem {
    Objects.requireNonNull(bankLoan, "bankLoan");
    Objects.requireNonNull(objective, "objective");
    options = List.copyOf(options);
    costLines = List.copyOf(costLines);
    if (totalInvestmentEur < 0 || ownContributionEur < 0 || committedByOthersEur < 0) {
      throw new IllegalArgumentException("amounts must not be negative");
    }
    if (costLines.stream().map(CostLine::id).distinct().count() != costLines.size()) {
      throw new IllegalArgumentException("cost line ids must be unique");
    }
    Set<String> lineIds = costLines.stream().map(CostLine::id).collect(Collectors.toSet());
    for (StackOption option : options) {
      if (!lineIds.containsAll(option.costLineIds())) {
        throw new IllegalArgumentException(
            option.instrumentId() + " covers cost lines the plan does not have");
      }
    }
  }

  /**
   * A problem whose eligible costs are one line, the whole investment, with one intensity for all
   * aid on it: the reading when the plan states no cost lines.
   */
  public StackProblem(
      long totalInvestmentEur,
      long ownContributionEur,
      long committedByOthersEur,
      double gberIntensityCap,
      long deMinimisHeadroomEur,
      BankLoanTerms bankLoan,
      List<StackOption> options,
      Objective objective) {
    this(
        totalInvestmentEur,
        ownContributionEur,
        committedByOthersEur,
        List.of(CostLine.wholePlan(totalInvestmentEur, gberIntensityCap)),
        deMinimisHeadroomEur,
        bankLoan,
        options,
        objective);
  }

  /** The largest national aid all cost lines allow together, in euros (not rounded). */
  public double aidCapEur() {
    return costLines.stream().mapToDouble(CostLine::aidCapEur).sum();
  }

  /** The euros of the cost lines an option covers: its aid is spread over them pro rata. */
  public long coveredEur(StackOption option) {
    return costLines.stream()
        .filter(l -> option.covers(l.id()))
        .mapToLong(CostLine::amountEur)
        .sum();
  }

  /**
   * One line of eligible costs (GBER art. 8(3): aid is cumulated cost line by cost line).
   *
   * @param intensityCap the highest aid intensity applicable to these costs: all national aid on
   *     them together, de minimis included (Reg. 2023/2831 art. 5(2)), stays within it
   * @param euRate when EU funds may cover these costs, the EU programme's rate: EU and national
   *     funding together stay within it (GBER art. 8(2)); 0 when no EU funds apply
   */
  public record CostLine(String id, long amountEur, double intensityCap, double euRate) {
    public CostLine {
      Objects.requireNonNull(id, "id");
      if (amountEur < 0) {
        throw new IllegalArgumentException("a cost line must not be negative");
      }
      if (intensityCap < 0 || intensityCap > 1 || euRate < 0 || euRate > 1) {
        throw new IllegalArgumentException("intensities lie in [0, 1]");
      }
    }

    public static CostLine wholePlan(long amountEur, double intensityCap) {
      return new CostLine("plan", amountEur, intensityCap, 0);
    }

    public double aidCapEur() {
      return intensityCap * amountEur;
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
