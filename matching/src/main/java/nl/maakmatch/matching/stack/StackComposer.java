package nl.maakmatch.matching.stack;

import java.util.Objects;

/**
 * Composes the financing stack for one plan: which eligible instruments to combine, and for how
 * much, on top of the firm's own contribution and a commercial bank loan.
 *
 * <p>The stack covers the need exactly (never more), keeps every instrument within its own bounds
 * and share of the need, keeps the bank (its EIB-funded lending included) within its collateral
 * plus the cover of at most one guarantee, keeps that guarantee within its share of the bank loan,
 * lets the bank go first where a lender demands it, keeps national aid on each cost line within the
 * line's intensity (EU funds with it within the EU rate) and de minimis aid within the remaining
 * headroom, and never combines instruments that exclude each other. Among such stacks it picks the
 * one that covers most, then is best for the {@link Objective}, then is cheapest.
 *
 * <p>How: a branch-and-bound search ({@link SubsetSearch}) over which instruments are in, each
 * choice priced by a linear program ({@link LinearStackModel}), then rounded to whole euros ({@link
 * WholeEuroRounding}) and assembled ({@link StackAssembler}). All working state is created per
 * call, so one instance may be shared between threads.
 */
public final class StackComposer {

  public Stack compose(StackProblem problem) {
    Objects.requireNonNull(problem, "problem");
    if (problem.needEur() == 0) {
      return StackAssembler.nothingNeeded(problem);
    }
    PreparedProblem prepared = PreparedProblem.of(problem);
    LinearStackModel model = new LinearStackModel(prepared);
    WholeEuroRounding rounding = new WholeEuroRounding(prepared, model);
    WholeEuroStack whole =
        new SubsetSearch(prepared, model)
            .bestSolution()
            .map(rounding::round)
            .orElseGet(() -> WholeEuroStack.bankAloneAsFarAsItGoes(prepared));
    return new StackAssembler(prepared).assemble(whole);
  }
}
