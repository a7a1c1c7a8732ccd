package nl.maakmatch.matching.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.PivotSelectionRule;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * The best stack by brute force, for checking the composer on small problems (up to about 7
 * options): every subset of options that excludes no pair (two guarantees on the one bank loan
 * count as such a pair), and for each bank-first option both sides of its threshold, priced with
 * one plain LP each in euros and fractional amounts.
 *
 * <p>It shares nothing with the composer but the records and the LP library: no relaxation, no
 * pruning, no whole-euro rounding, and counts applications by the subset's size instead of by an LP
 * bound. Its answers are fractional optima, so the composer's whole-euro stacks may differ from
 * them by a euro or two.
 */
final class ExhaustiveStackOracle {

  private static final double TOLERANCE = 1e-4;

  /** What the best stack achieves and which options it uses. */
  record Answer(double uncoveredEur, double primary, double costEur, List<String> chosen) {
    /**
     * Cover means nothing left over beyond solver noise. Anything more, even half a euro, means no
     * stack covers the need: a whole-euro stack leaves at least what the fractional optimum leaves,
     * rounded up.
     */
    boolean coversNeed() {
      return uncoveredEur <= 0.01;
    }

    boolean betterThan(Answer other) {
      if (Math.abs(uncoveredEur - other.uncoveredEur) > TOLERANCE) {
        return uncoveredEur < other.uncoveredEur;
      }
      if (Math.abs(primary - other.primary) > TOLERANCE) {
        return primary < other.primary;
      }
      return costEur < other.costEur - TOLERANCE;
    }
  }

  /** How an option takes part in one enumerated combination. */
  private enum Use {
    OUT,
    /** in, at or below a bank-first threshold (or without any bank-first rule) */
    IN,
    /** in, above its bank-first threshold, the bank lending at least as much */
    ABOVE_THRESHOLD
  }

  private final StackProblem problem;
  private final List<StackOption> options;
  private final SimplexSolver solver = new SimplexSolver();
  private Answer best;

  private ExhaustiveStackOracle(StackProblem problem) {
    this.problem = problem;
    this.options = problem.options();
  }

  static Answer bestStack(StackProblem problem) {
    if (problem.options().size() > 9) {
      throw new IllegalArgumentException("brute force is for small problems only");
    }
    ExhaustiveStackOracle oracle = new ExhaustiveStackOracle(problem);
    oracle.enumerate(0, new Use[problem.options().size()]);
    return oracle.best;
  }

  private void enumerate(int index, Use[] uses) {
    if (index == options.size()) {
      price(uses)
          .filter(answer -> best == null || answer.betterThan(best))
          .ifPresent(answer -> best = answer);
      return;
    }
    for (Use use : Use.values()) {
      if (use == Use.ABOVE_THRESHOLD
          && options.get(index).requirement() != StackOption.Requirement.BANK_FIRST_ABOVE) {
        continue;
      }
      if (use != Use.OUT && excludesAnEarlierChoice(index, uses)) {
        continue;
      }
      uses[index] = use;
      enumerate(index + 1, uses);
    }
    uses[index] = null;
  }

  private boolean excludesAnEarlierChoice(int index, Use[] uses) {
    StackOption option = options.get(index);
    for (int earlier = 0; earlier < index; earlier++) {
      StackOption other = options.get(earlier);
      boolean twoGuaranteesOnOneLoan =
          option.kind() == PartKind.GUARANTEE && other.kind() == PartKind.GUARANTEE;
      if (uses[earlier] != Use.OUT
          && (option.excludes().contains(other.instrumentId())
              || other.excludes().contains(option.instrumentId())
              || twoGuaranteesOnOneLoan)) {
        return true;
      }
    }
    return false;
  }

  /** Variables: one per option (0 when out), then the bank loan, then what is uncovered. */
  private Optional<Answer> price(Use[] uses) {
    int n = options.size();
    int bank = n;
    int uncovered = n + 1;
    double need = problem.needEur();
    List<LinearConstraint> rows = new ArrayList<>();
    double[] cover = new double[n + 2];
    double[] bankCap = new double[n + 2];
    double[] deMinimis = new double[n + 2];
    cover[bank] = 1;
    cover[uncovered] = 1;
    bankCap[bank] = 1;
    for (int i = 0; i < n; i++) {
      StackOption option = options.get(i);
      if (uses[i] == Use.OUT) {
        rows.add(single(n, i, Relationship.EQ, 0));
        continue;
      }
      double highest = Math.min(option.maxEur(), wholeEuros(option.maxShareOfNeed() * need));
      if (option.kind() == PartKind.TAX_BENEFIT) {
        highest = Math.min(highest, problem.totalInvestmentEur());
      }
      if (uses[i] == Use.IN && option.requirement() == StackOption.Requirement.BANK_FIRST_ABOVE) {
        highest = Math.min(highest, option.bankFirstAboveEur());
      }
      if (highest < option.minEur()) {
        return Optional.empty();
      }
      rows.add(single(n, i, Relationship.GEQ, option.minEur()));
      rows.add(single(n, i, Relationship.LEQ, highest));
      if (option.kind().fundsNow()) {
        cover[i] = 1;
      }
      if (option.kind() == PartKind.GUARANTEE) {
        bankCap[i] = -1;
      }
      if (option.requirement() == StackOption.Requirement.LENT_BY_THE_BANK) {
        bankCap[i] = 1;
      }
      if (option.requirement() == StackOption.Requirement.COVERS_BANK_LOAN) {
        double[] share = new double[n + 2];
        share[i] = 1;
        share[bank] = -option.requirementShare();
        rows.add(new LinearConstraint(share, Relationship.LEQ, 0));
      }
      if (uses[i] == Use.ABOVE_THRESHOLD) {
        double[] bankFirst = new double[n + 2];
        bankFirst[i] = 1;
        bankFirst[bank] = -1;
        rows.add(new LinearConstraint(bankFirst, Relationship.LEQ, 0));
      }
      if (option.aidBasis() == AidBasis.DE_MINIMIS) {
        deMinimis[i] = option.aidEquivalentRate();
      }
    }
    rows.add(new LinearConstraint(cover, Relationship.EQ, need));
    rows.add(
        new LinearConstraint(
            bankCap,
            Relationship.LEQ,
            wholeEuros(
                problem.bankLoan().unsecuredShareOfInvestment() * problem.totalInvestmentEur())));
    rows.addAll(costLineRows(uses));
    rows.addAll(deductionBaseRows(uses));
    rows.add(new LinearConstraint(deMinimis, Relationship.LEQ, problem.deMinimisHeadroomEur()));
    try {
      double[] uncoveredObjective = new double[n + 2];
      uncoveredObjective[uncovered] = 1;
      double leastUncovered = minimise(uncoveredObjective, rows).getValue();
      rows.add(
          new LinearConstraint(uncoveredObjective, Relationship.LEQ, leastUncovered + TOLERANCE));
      double primary = primary(uses, rows);
      double[] cost = new double[n + 2];
      for (int i = 0; i < n; i++) {
        cost[i] = options.get(i).annualCostRate();
      }
      cost[bank] = problem.bankLoan().annualRate();
      PointValuePair cheapest = minimise(cost, rows);
      return Optional.of(
          new Answer(
              cheapest.getPoint()[uncovered], primary, cheapest.getValue(), chosenIds(uses)));
    } catch (NoFeasibleSolutionException infeasible) {
      return Optional.empty();
    }
  }

  /**
   * GBER art. 8(3) and de minimis art. 5(2): on each cost line, all national aid (GBER and de
   * minimis) within the line's intensity; art. 8(2): where EU funds may cover a line, EU and
   * national funding together within the EU rate. An option's aid falls on the lines it covers in
   * proportion to their amounts.
   */
  private List<LinearConstraint> costLineRows(Use[] uses) {
    int n = options.size();
    List<LinearConstraint> rows = new ArrayList<>();
    for (StackProblem.CostLine line : problem.costLines()) {
      double[] national = new double[n + 2];
      double[] withEu = new double[n + 2];
      for (int i = 0; i < n; i++) {
        StackOption option = options.get(i);
        if (uses[i] == Use.OUT) {
          continue;
        }
        boolean onLine = option.costLineIds().isEmpty() || option.costLineIds().contains(line.id());
        if (!onLine) {
          continue;
        }
        long covered = 0;
        for (StackProblem.CostLine other : problem.costLines()) {
          if (option.costLineIds().isEmpty() || option.costLineIds().contains(other.id())) {
            covered += other.amountEur();
          }
        }
        double share = covered == 0 ? 1 : (double) line.amountEur() / covered;
        boolean nationalAid = option.aidBasis() != AidBasis.NONE;
        boolean euFunds = option.legalBasis() == LegalBasis.EU_FUNDS;
        if (nationalAid) {
          national[i] = share * option.aidEquivalentRate();
        }
        if (nationalAid || euFunds) {
          withEu[i] = share * option.aidEquivalentRate();
        }
      }
      rows.add(
          new LinearConstraint(national, Relationship.LEQ, line.intensityCap() * line.amountEur()));
      if (line.euRate() > 0) {
        rows.add(new LinearConstraint(withEu, Relationship.LEQ, line.euRate() * line.amountEur()));
      }
    }
    return rows;
  }

  /**
   * EIA and MIA: the investment base of an aid-bearing tax deduction is net of the investment
   * grants on the same costs (docs/rules/schemes.md).
   */
  private List<LinearConstraint> deductionBaseRows(Use[] uses) {
    int n = options.size();
    List<LinearConstraint> rows = new ArrayList<>();
    for (int t = 0; t < n; t++) {
      StackOption deduction = options.get(t);
      if (uses[t] == Use.OUT
          || deduction.kind() != PartKind.TAX_BENEFIT
          || deduction.aidBasis() == AidBasis.NONE
          || deduction.aidEquivalentRate() <= 0) {
        continue;
      }
      double[] row = new double[n + 2];
      row[t] = 1;
      for (int g = 0; g < n; g++) {
        StackOption grant = options.get(g);
        if (g == t
            || uses[g] == Use.OUT
            || grant.kind() != PartKind.GRANT
            || grant.aidBasis() == AidBasis.NONE
            || grant.aidEquivalentRate() <= 0) {
          continue;
        }
        double grantCosts = 0;
        double shared = 0;
        for (StackProblem.CostLine line : problem.costLines()) {
          boolean byGrant =
              grant.costLineIds().isEmpty() || grant.costLineIds().contains(line.id());
          boolean byDeduction =
              deduction.costLineIds().isEmpty() || deduction.costLineIds().contains(line.id());
          grantCosts += byGrant ? line.amountEur() : 0;
          shared += byGrant && byDeduction ? line.amountEur() : 0;
        }
        row[g] = grantCosts == 0 ? 1 : shared / grantCosts;
      }
      double base = 0;
      for (StackProblem.CostLine line : problem.costLines()) {
        if (deduction.costLineIds().isEmpty() || deduction.costLineIds().contains(line.id())) {
          base += line.amountEur();
        }
      }
      rows.add(new LinearConstraint(row, Relationship.LEQ, base));
    }
    return rows;
  }

  private double primary(Use[] uses, List<LinearConstraint> rows) {
    int n = options.size();
    switch (problem.objective()) {
      case LEAST_DILUTION -> {
        double[] dilution = new double[n + 2];
        for (int i = 0; i < n; i++) {
          PartKind kind = options.get(i).kind();
          dilution[i] = kind == PartKind.EQUITY || kind == PartKind.CONVERTIBLE_LOAN ? 1 : 0;
        }
        double least = minimise(dilution, rows).getValue();
        rows.add(new LinearConstraint(dilution, Relationship.LEQ, least + TOLERANCE));
        return least;
      }
      case FEWEST_APPLICATIONS -> {
        int count = 0;
        for (int i = 0; i < n; i++) {
          PartKind kind = options.get(i).kind();
          if (uses[i] != Use.OUT && kind != PartKind.OWN_FUNDS && kind != PartKind.BANK_LOAN) {
            count++;
          }
        }
        return count;
      }
      default -> {
        return 0;
      }
    }
  }

  private List<String> chosenIds(Use[] uses) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < uses.length; i++) {
      if (uses[i] != Use.OUT) {
        ids.add(options.get(i).instrumentId() + (uses[i] == Use.ABOVE_THRESHOLD ? "^" : ""));
      }
    }
    return ids;
  }

  private PointValuePair minimise(double[] objective, List<LinearConstraint> rows) {
    LinearObjectiveFunction function = new LinearObjectiveFunction(objective, 0);
    return solver.optimize(
        new MaxIter(10_000),
        function,
        new LinearConstraintSet(rows),
        GoalType.MINIMIZE,
        new NonNegativeConstraint(true),
        PivotSelectionRule.BLAND);
  }

  /**
   * Parts and the bank loan are whole euros, so a cap of x.7 euros on them is really a cap of x;
   * using the fractional cap would let the bank cap, amplified through a guarantee's share, promise
   * euros that no whole-euro stack can reach.
   */
  private static double wholeEuros(double euros) {
    return Math.floor(euros + 1e-7);
  }

  private static LinearConstraint single(
      int n, int index, Relationship relationship, double value) {
    double[] row = new double[n + 2];
    row[index] = 1;
    return new LinearConstraint(row, relationship, value);
  }
}
