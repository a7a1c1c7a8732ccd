package nl.maakmatch.matching.stack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One combination of decisions about the candidates. Immutable: every decision returns a new
 * combination, so sibling branches of the search never see each other's choices.
 */
final class Choices {

  private final PreparedProblem prepared;
  private final OptionState[] states;

  private Choices(PreparedProblem prepared, OptionState[] states) {
    this.prepared = prepared;
    this.states = states;
  }

  static Choices undecided(PreparedProblem prepared) {
    OptionState[] states = new OptionState[prepared.size()];
    Arrays.fill(states, OptionState.FREE);
    return new Choices(prepared, states);
  }

  OptionState state(int index) {
    return states[index];
  }

  int size() {
    return states.length;
  }

  Choices without(int index) {
    OptionState[] next = states.clone();
    next[index] = OptionState.OUT;
    return new Choices(prepared, next);
  }

  /**
   * Chooses a candidate and rules out everything it excludes; empty when something it excludes has
   * already been chosen.
   */
  Optional<Choices> with(int index, OptionState chosen) {
    OptionState[] next = states.clone();
    next[index] = chosen;
    for (int other = 0; other < next.length; other++) {
      if (prepared.exclusive(index, other)) {
        if (next[other].chosen()) {
          return Optional.empty();
        }
        next[other] = OptionState.OUT;
      }
    }
    return Optional.of(new Choices(prepared, next));
  }

  /** Every way of choosing the candidate that its bank-first threshold allows. */
  List<Choices> chosenInEveryMode(int index) {
    Candidate candidate = prepared.candidate(index);
    List<Choices> modes = new ArrayList<>(2);
    if (candidate.canStayWithoutBankFirst()) {
      with(index, OptionState.IN).ifPresent(modes::add);
    }
    if (candidate.canGoAboveBankFirst()) {
      with(index, OptionState.IN_BANK_FIRST).ifPresent(modes::add);
    }
    return modes;
  }

  /** The number of chosen candidates that count as applications. */
  int chosenApplications() {
    int count = 0;
    for (int i = 0; i < states.length; i++) {
      if (states[i].chosen() && prepared.candidate(i).isApplication()) {
        count++;
      }
    }
    return count;
  }

  /**
   * Turns the undecided candidates into decisions that match a relaxed solution: positive amounts
   * are chosen (above the bank-first threshold if they are above it), the rest left out.
   */
  Choices settledBy(double[] amountsEur) {
    OptionState[] next = states.clone();
    for (int i = 0; i < next.length; i++) {
      if (next[i] != OptionState.FREE) {
        continue;
      }
      Candidate candidate = prepared.candidate(i);
      if (amountsEur[i] <= Relaxation.ZERO_EUR) {
        next[i] = OptionState.OUT;
      } else if (candidate.bankFirstRule()
          && amountsEur[i] > candidate.option().bankFirstAboveEur() + Relaxation.ZERO_EUR) {
        next[i] = OptionState.IN_BANK_FIRST;
      } else {
        next[i] = OptionState.IN;
      }
    }
    return new Choices(prepared, next);
  }

  @Override
  public String toString() {
    return Arrays.toString(states);
  }
}
