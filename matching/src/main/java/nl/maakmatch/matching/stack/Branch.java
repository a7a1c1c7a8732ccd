package nl.maakmatch.matching.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A way in which a relaxed solution is not yet a real stack, and how to split the choices so that
 * every real stack stays reachable in at least one part.
 */
sealed interface Branch {

  List<Choices> split(Choices choices);

  /** Two undecided candidates that exclude each other both got money: one of them must go. */
  record BothOfExcludedPair(int first, int second) implements Branch {
    @Override
    public List<Choices> split(Choices choices) {
      return List.of(choices.without(first), choices.without(second));
    }
  }

  /** An undecided candidate got less than its minimum: either nothing or at least the minimum. */
  record BelowMinimum(int index) implements Branch {
    @Override
    public List<Choices> split(Choices choices) {
      return outOrChosen(choices, index);
    }
  }

  /** An undecided candidate went above its bank-first threshold without the bank going first. */
  record BankNotFirst(int index) implements Branch {
    @Override
    public List<Choices> split(Choices choices) {
      return outOrChosen(choices, index);
    }
  }

  /**
   * For FEWEST_APPLICATIONS: an undecided candidate was used only partly, so the relaxation counted
   * a fraction of an application where a real stack files a whole one.
   */
  record PartialApplication(int index) implements Branch {
    @Override
    public List<Choices> split(Choices choices) {
      return outOrChosen(choices, index);
    }
  }

  private static List<Choices> outOrChosen(Choices choices, int index) {
    List<Choices> parts = new ArrayList<>(3);
    parts.add(choices.without(index));
    parts.addAll(choices.chosenInEveryMode(index));
    return parts;
  }

  /**
   * The first way in which the relaxation is not a real stack, checked in an order that settles the
   * most constraining questions (exclusions, minimums) before the finer ones; empty when the
   * relaxed solution already is a real stack.
   */
  static Optional<Branch> find(PreparedProblem prepared, Choices choices, Relaxation relaxation) {
    Optional<Branch> pair = excludedPair(prepared, choices, relaxation);
    if (pair.isPresent()) {
      return pair;
    }
    int belowMinimum = -1;
    int bankNotFirst = -1;
    for (int i = 0; i < prepared.size(); i++) {
      if (choices.state(i) != OptionState.FREE || !relaxation.positive(i)) {
        continue;
      }
      Candidate candidate = prepared.candidate(i);
      double amount = relaxation.amountsEur()[i];
      if (amount < candidate.minEur() - Relaxation.ZERO_EUR) {
        belowMinimum = pickLarger(belowMinimum, i, relaxation);
      } else if (candidate.bankFirstRule()
          && amount > candidate.option().bankFirstAboveEur() + Relaxation.ZERO_EUR
          && relaxation.bankEur() < amount - Relaxation.ZERO_EUR) {
        bankNotFirst = pickLarger(bankNotFirst, i, relaxation);
      }
    }
    if (belowMinimum >= 0) {
      return Optional.of(new BelowMinimum(belowMinimum));
    }
    if (bankNotFirst >= 0) {
      return Optional.of(new BankNotFirst(bankNotFirst));
    }
    return Optional.empty();
  }

  /**
   * For FEWEST_APPLICATIONS, the undecided application that the relaxation used the least fully, or
   * empty when every undecided one is used fully or not at all.
   */
  static Optional<Branch> partialApplication(
      PreparedProblem prepared, Choices choices, Relaxation relaxation) {
    int best = -1;
    double bestDistance = 0;
    for (int i = 0; i < prepared.size(); i++) {
      Candidate candidate = prepared.candidate(i);
      if (choices.state(i) != OptionState.FREE
          || !candidate.isApplication()
          || !relaxation.positive(i)) {
        continue;
      }
      double used = relaxation.amountsEur()[i] / candidate.maxEur();
      double distance = Math.min(used, 1 - used);
      if (used < 1 - 1e-9 && (best < 0 || distance > bestDistance)) {
        best = i;
        bestDistance = distance;
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(new PartialApplication(best));
  }

  private static Optional<Branch> excludedPair(
      PreparedProblem prepared, Choices choices, Relaxation relaxation) {
    Branch best = null;
    double bestWeight = 0;
    for (int i = 0; i < prepared.size(); i++) {
      if (choices.state(i) != OptionState.FREE || !relaxation.positive(i)) {
        continue;
      }
      for (int j = i + 1; j < prepared.size(); j++) {
        if (choices.state(j) == OptionState.FREE
            && relaxation.positive(j)
            && prepared.exclusive(i, j)) {
          double weight = Math.min(share(prepared, relaxation, i), share(prepared, relaxation, j));
          if (best == null || weight > bestWeight) {
            best = new BothOfExcludedPair(i, j);
            bestWeight = weight;
          }
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static double share(PreparedProblem prepared, Relaxation relaxation, int index) {
    return relaxation.amountsEur()[index] / prepared.candidate(index).maxEur();
  }

  private static int pickLarger(int current, int candidate, Relaxation relaxation) {
    if (current < 0) {
      return candidate;
    }
    double[] amounts = relaxation.amountsEur();
    return amounts[candidate] > amounts[current] ? candidate : current;
  }
}
