package nl.maakmatch.matching.stack;

import java.util.Optional;

/**
 * Pins the fractional parts of a stack to whole euros one at a time, re-solving the LP after each
 * so that the other parts absorb the difference: down first, up when down would lose cover, left
 * free when neither keeps cover.
 *
 * <p>Where every ceiling binds at once, the fraction of a euro that one part frees by rounding down
 * is exactly what another part needs to round up, which rounding each part on its own cannot see.
 * Funding parts are pinned first because the cover equation ties them together; guarantees and tax
 * benefits, which only use up aid or bank room, absorb what is left.
 */
final class PinningToWholeEuros {

  private final PreparedProblem prepared;
  private final LinearStackModel model;

  PinningToWholeEuros(PreparedProblem prepared, LinearStackModel model) {
    this.prepared = prepared;
    this.model = model;
  }

  /** At most two LPs per part; the result has whole amounts wherever that kept cover. */
  Relaxation pin(Choices choices, Relaxation start) {
    double[] pinned = model.noneFixed();
    boolean[] tried = new boolean[prepared.size()];
    Relaxation current = start;
    int next;
    while ((next = nextToPin(current.amountsEur(), pinned, tried)) >= 0) {
      tried[next] = true;
      double amount = current.amountsEur()[next];
      Optional<Relaxation> whole = pinOne(choices, current, pinned, next, Math.floor(amount));
      if (whole.isEmpty()) {
        whole = pinOne(choices, current, pinned, next, Math.ceil(amount));
      }
      if (whole.isPresent()) {
        current = whole.get();
      }
    }
    return current;
  }

  /** Pins one part and re-solves; empty, and unpinned again, when that loses cover. */
  private Optional<Relaxation> pinOne(
      Choices choices, Relaxation current, double[] pinned, int index, double amountEur) {
    pinned[index] = amountEur;
    Optional<Relaxation> solved =
        model
            .solve(choices, true, Margins.NONE, pinned)
            .filter(next -> next.uncoveredEur() <= current.uncoveredEur() + Relaxation.ZERO_EUR);
    if (solved.isEmpty()) {
      pinned[index] = Double.NaN;
    }
    return solved;
  }

  /** Funding parts first, then the rest; within each, the one furthest from a whole euro. */
  private int nextToPin(double[] amounts, double[] pinned, boolean[] tried) {
    int best = -1;
    boolean bestFunds = false;
    double bestDistance = 0;
    for (int i = 0; i < amounts.length; i++) {
      double distance = Math.abs(amounts[i] - Math.rint(amounts[i]));
      if (tried[i] || !Double.isNaN(pinned[i]) || distance <= Relaxation.ZERO_EUR) {
        continue;
      }
      boolean funds = prepared.candidate(i).fundsNow();
      if (best < 0 || (funds && !bestFunds) || (funds == bestFunds && distance > bestDistance)) {
        best = i;
        bestFunds = funds;
        bestDistance = distance;
      }
    }
    return best;
  }
}
