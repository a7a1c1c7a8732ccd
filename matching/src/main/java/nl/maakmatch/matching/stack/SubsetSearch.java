package nl.maakmatch.matching.stack;

import java.util.Comparator;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * Branch and bound over which candidates are in (and, for bank-first options, on which side of
 * their threshold), solving the LP relaxation at every node.
 *
 * <p>The search only splits where the relaxed optimum breaks a discrete rule (an excluded pair both
 * used, an amount under its minimum, a bank-first threshold passed without the bank going first),
 * so candidates the LP leaves at zero, such as loans dearer than the bank, are never branched on.
 * Nodes are taken best bound first, which proves the optimum after solving the fewest relaxations;
 * the search stops as soon as no open node can beat the best stack found.
 */
final class SubsetSearch {

  /**
   * A guard, not a tuning knob: with up to 38 candidates the search needs far fewer LPs, but a
   * pathological input must not hang a request. When hit, the best stack found so far is used.
   */
  static final int LP_BUDGET = 5_000;

  private final PreparedProblem prepared;
  private final LinearStackModel model;
  private final PriorityQueue<Node> open =
      new PriorityQueue<>(Comparator.comparing((Node node) -> node.relaxation.bound()));
  private Solution best;

  SubsetSearch(PreparedProblem prepared, LinearStackModel model) {
    this.prepared = prepared;
    this.model = model;
  }

  /** The best stack, or empty only if not even the bank loan alone could be solved. */
  Optional<Solution> bestSolution() {
    visit(Choices.undecided(prepared), true);
    while (!open.isEmpty() && model.solvedCount() < LP_BUDGET) {
      Node node = open.poll();
      if (best != null && !node.relaxation.bound().betterThan(best.score())) {
        break;
      }
      for (Choices child : node.branch.split(node.choices)) {
        visit(child, node.relaxation.uncoveredEur() <= Relaxation.ZERO_EUR);
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Solves one node; keeps it as the best stack when its relaxation is already real, and opens it
   * for splitting when it could still beat the best.
   *
   * @param coverMayBePossible false once a parent could not cover the need: a node only adds
   *     restrictions, so it cannot either, and the covering LP would be wasted
   */
  private void visit(Choices choices, boolean coverMayBePossible) {
    Optional<Relaxation> solved = model.solve(choices, coverMayBePossible, Margins.NONE);
    if (solved.isEmpty()) {
      return;
    }
    Relaxation relaxation = solved.get();
    if (best != null && !relaxation.bound().betterThan(best.score())) {
      return;
    }
    Optional<Branch> branch = Branch.find(prepared, choices, relaxation);
    if (branch.isEmpty()) {
      Solution real = realStack(choices, relaxation);
      if (best == null || real.score().betterThan(best.score())) {
        best = real;
      }
      if (!relaxation.bound().betterThan(real.score())) {
        return;
      }
      branch = Branch.partialApplication(prepared, choices, relaxation);
      if (branch.isEmpty()) {
        return;
      }
    }
    open.add(new Node(choices, relaxation, branch.get()));
  }

  /** The relaxed optimum read as a real stack, scored by what it really is. */
  private Solution realStack(Choices choices, Relaxation relaxation) {
    Choices settled = choices.settledBy(relaxation.amountsEur());
    Score bound = relaxation.bound();
    double primary =
        prepared.limits().objective() == Objective.FEWEST_APPLICATIONS
            ? settled.chosenApplications()
            : bound.primary();
    return new Solution(
        settled, relaxation, new Score(bound.uncoveredEur(), primary, bound.costEur()));
  }

  private record Node(Choices choices, Relaxation relaxation, Branch branch) {}
}
