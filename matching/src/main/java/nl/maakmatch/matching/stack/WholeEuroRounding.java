package nl.maakmatch.matching.stack;

import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Turns the best fractional stack into whole euros without breaking a rule, trying the cheap ways
 * first.
 *
 * <ol>
 *   <li>{@link RoundingDown}: every part down, the remainder to the bank, a few euros shifted where
 *       the bank cap binds. Enough for nearly every stack.
 *   <li>{@link PinningToWholeEuros}: when that breaks a rule or loses cover, parts are pinned one
 *       at a time with the LP re-solved in between.
 *   <li>When both fail, the same choices are solved again with a few euros of {@link Margins} on
 *       the coupling rows, after which rounding down is always valid, at a cost of a few euros of
 *       cover or a few cents of cost.
 * </ol>
 *
 * <p>{@link WholeEuroRules} has the last word on every attempt; the bank loan alone, as far as its
 * collateral goes, is the fallback that is valid by construction.
 */
final class WholeEuroRounding {

  private final PreparedProblem prepared;
  private final LinearStackModel model;
  private final WholeEuroRules rules;
  private final RoundingDown roundingDown;
  private final PinningToWholeEuros pinning;

  WholeEuroRounding(PreparedProblem prepared, LinearStackModel model) {
    this.prepared = prepared;
    this.model = model;
    this.rules = new WholeEuroRules(prepared);
    this.roundingDown = new RoundingDown(prepared);
    this.pinning = new PinningToWholeEuros(prepared, model);
  }

  WholeEuroStack round(Solution solution) {
    Choices choices = solution.choices();
    long fractionalUncovered = -RoundingDown.wholeEurosDown(-solution.fractional().uncoveredEur());
    Optional<WholeEuroStack> direct =
        Optional.of(roundingDown.round(choices, solution.fractional())).filter(rules::allHold);
    if (keepsCover(direct, fractionalUncovered)) {
      return direct.get();
    }
    Optional<WholeEuroStack> pinned =
        Optional.of(roundingDown.round(choices, pinning.pin(choices, solution.fractional())))
            .filter(rules::allHold);
    if (keepsCover(pinned, fractionalUncovered)) {
      return pinned.get();
    }
    Optional<WholeEuroStack> withMargins =
        model
            .solve(choices, true, Margins.forWholeEuros(prepared))
            .map(relaxation -> roundingDown.round(choices, relaxation))
            .filter(rules::allHold);
    return Stream.of(direct, pinned, withMargins)
        .flatMap(Optional::stream)
        .min(Comparator.comparing((WholeEuroStack stack) -> stack.score(prepared)))
        .orElseGet(() -> WholeEuroStack.bankAloneAsFarAsItGoes(prepared));
  }

  private static boolean keepsCover(Optional<WholeEuroStack> stack, long fractionalUncovered) {
    return stack.isPresent() && stack.get().uncoveredEur() <= fractionalUncovered;
  }
}
