package nl.maakmatch.matching.stack;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.exception.TooManyIterationsException;
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
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * The continuous part of the problem: given which candidates are in, out or undecided, the best
 * amounts in the objective's lexicographic order (least uncovered, then the objective's own
 * measure, then least cost), with {@link StackConstraints} as the rows.
 *
 * <p>The order is solved as a chain of LPs, each later one holding the earlier optimum, rather than
 * as one weighted sum: weights big enough to make the order strict would swamp the solver's
 * absolute tolerances. The first LP insists on full cover; only if that is infeasible is an
 * "uncovered" column added and minimised first.
 */
final class LinearStackModel {

  private static final double UNIT = LpColumns.UNIT_EUR;

  /** Scales the relaxed application count so its reduced costs stay well above tolerance. */
  private static final double COUNT_WEIGHT = 1000.0;

  private static final int MAX_ITERATIONS = 5_000;

  private final PreparedProblem prepared;
  private final StackLimits limits;
  private final StackConstraints constraints;
  private final SimplexSolver solver = new SimplexSolver();
  private int solved;

  LinearStackModel(PreparedProblem prepared) {
    this.prepared = prepared;
    this.limits = prepared.limits();
    this.constraints = new StackConstraints(prepared);
  }

  /** How many LPs this model has solved: the search's budget is counted in these. */
  int solvedCount() {
    return solved;
  }

  /**
   * @param coverMayBePossible false when a looser problem already could not cover the need, so the
   *     LP that insists on full cover can be skipped
   */
  Optional<Relaxation> solve(Choices choices, boolean coverMayBePossible, Margins margins) {
    return solve(choices, coverMayBePossible, margins, noneFixed());
  }

  /**
   * As {@link #solve(Choices, boolean, Margins)}, with some amounts pinned.
   *
   * @param fixedEur per candidate the amount it must take, or NaN where the LP may choose
   */
  Optional<Relaxation> solve(
      Choices choices, boolean coverMayBePossible, Margins margins, double[] fixedEur) {
    if (coverMayBePossible) {
      Optional<Relaxation> covering =
          solveInOrder(new LpColumns(choices, false), margins, fixedEur);
      if (covering.isPresent()) {
        return covering;
      }
    }
    return solveInOrder(new LpColumns(choices, true), margins, fixedEur);
  }

  double[] noneFixed() {
    double[] fixed = new double[prepared.size()];
    Arrays.fill(fixed, Double.NaN);
    return fixed;
  }

  private Optional<Relaxation> solveInOrder(LpColumns columns, Margins margins, double[] fixedEur) {
    List<LinearConstraint> rows = constraints.rows(columns, margins, fixedEur);
    try {
      if (columns.uncovered >= 0) {
        double[] uncovered = columns.zeros();
        uncovered[columns.uncovered] = 1;
        minimiseAndHold(uncovered, rows);
      }
      double primary = primaryLevel(columns, rows);
      PointValuePair cheapest = minimise(costObjective(columns), rows);
      return Optional.of(relaxation(columns, cheapest.getPoint(), primary));
    } catch (NoFeasibleSolutionException infeasible) {
      return Optional.empty();
    } catch (TooManyIterationsException | UnboundedSolutionException unsolvable) {
      // Neither can happen with these bounded rows and Bland's rule; should the solver still
      // give up, the choices are dropped like infeasible ones rather than failing the request.
      return Optional.empty();
    }
  }

  /** The objective's own measure, solved before cost and then held at its optimum. */
  private double primaryLevel(LpColumns columns, List<LinearConstraint> rows) {
    return switch (limits.objective()) {
      case LEAST_DILUTION -> leastDilution(columns, rows);
      case FEWEST_APPLICATIONS -> fewestApplications(columns, rows);
      case LOWEST_COST -> 0;
    };
  }

  private double leastDilution(LpColumns columns, List<LinearConstraint> rows) {
    double[] dilution = columns.zeros();
    boolean any = false;
    for (int i = 0; i < prepared.size(); i++) {
      if (columns.has(i) && prepared.candidate(i).dilutes()) {
        dilution[columns.of(i)] = 1;
        any = true;
      }
    }
    return any ? minimiseAndHold(dilution, rows) * UNIT : 0;
  }

  /**
   * Chosen applications count whole; an undecided one counts the share of its maximum it uses, the
   * tightest linear under-estimate of "used at all".
   */
  private double fewestApplications(LpColumns columns, List<LinearConstraint> rows) {
    int alreadyChosen = columns.choices.chosenApplications();
    double[] count = columns.zeros();
    boolean any = false;
    for (int i = 0; i < prepared.size(); i++) {
      Candidate candidate = prepared.candidate(i);
      if (columns.choices.state(i) == OptionState.FREE && candidate.isApplication()) {
        count[columns.of(i)] = COUNT_WEIGHT * UNIT / candidate.maxEur();
        any = true;
      }
    }
    if (!any) {
      return alreadyChosen;
    }
    double relaxed = minimise(count, rows).getValue() / COUNT_WEIGHT;
    // A stack files whole applications, so the bound rounds up; cost is then bounded among
    // stacks with exactly that many, the only ones that can reach the bound.
    long whole = (long) Math.ceil(relaxed - 1e-6);
    rows.add(
        new LinearConstraint(
            count, Relationship.LEQ, whole * COUNT_WEIGHT + tolerance(whole * COUNT_WEIGHT)));
    return alreadyChosen + whole;
  }

  private double minimiseAndHold(double[] objective, List<LinearConstraint> rows) {
    double optimum = minimise(objective, rows).getValue();
    rows.add(new LinearConstraint(objective, Relationship.LEQ, optimum + tolerance(optimum)));
    return optimum;
  }

  /**
   * How far a later level may stray from an earlier optimum: a hundred-thousandth of a euro plus a
   * relative part for large values, well below a euro yet above the solver's noise.
   */
  private static double tolerance(double value) {
    return 1e-8 + 1e-9 * Math.abs(value);
  }

  private PointValuePair minimise(double[] objective, List<LinearConstraint> rows) {
    solved++;
    LinearObjectiveFunction function = new LinearObjectiveFunction(objective, 0);
    LinearConstraintSet set = new LinearConstraintSet(rows);
    try {
      return solver.optimize(
          new MaxIter(MAX_ITERATIONS),
          function,
          set,
          GoalType.MINIMIZE,
          new NonNegativeConstraint(true));
    } catch (TooManyIterationsException cycling) {
      // Dantzig's rule can cycle on degenerate vertices; Bland's rule cannot, only slower.
      return solver.optimize(
          new MaxIter(MAX_ITERATIONS),
          function,
          set,
          GoalType.MINIMIZE,
          new NonNegativeConstraint(true),
          PivotSelectionRule.BLAND);
    }
  }

  private double[] costObjective(LpColumns columns) {
    double[] cost = columns.zeros();
    for (int i = 0; i < prepared.size(); i++) {
      if (columns.has(i)) {
        cost[columns.of(i)] = prepared.candidate(i).option().annualCostRate();
      }
    }
    cost[columns.bank] = limits.bankRate();
    return cost;
  }

  private Relaxation relaxation(LpColumns columns, double[] point, double primary) {
    double[] amounts = new double[prepared.size()];
    double cost = 0;
    for (int i = 0; i < prepared.size(); i++) {
      if (columns.has(i)) {
        amounts[i] = Math.max(0, point[columns.of(i)] * UNIT);
        cost += amounts[i] * prepared.candidate(i).option().annualCostRate();
      }
    }
    double bank = Math.max(0, point[columns.bank] * UNIT);
    cost += bank * limits.bankRate();
    double uncovered = columns.uncovered < 0 ? 0 : Math.max(0, point[columns.uncovered] * UNIT);
    return new Relaxation(amounts, bank, uncovered, new Score(uncovered, primary, cost));
  }
}
