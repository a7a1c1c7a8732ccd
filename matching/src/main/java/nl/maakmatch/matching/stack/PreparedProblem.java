package nl.maakmatch.matching.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A problem reduced to what the search works on: the options that can be chosen at all, their
 * whole-euro bounds, and which pairs exclude each other.
 */
record PreparedProblem(StackProblem problem, StackLimits limits, List<Candidate> candidates) {

  PreparedProblem {
    candidates = List.copyOf(candidates);
  }

  /** Keeps the options that can be chosen at all and are not {@link Dominance dominated}. */
  static PreparedProblem of(StackProblem problem) {
    StackLimits limits = StackLimits.of(problem);
    List<Candidate> usable = new ArrayList<>();
    for (StackOption option : problem.options()) {
      Optional<Candidate> candidate = Candidate.of(usable.size(), option, problem);
      if (candidate.isPresent() && !Dominance.dominated(candidate.get(), limits)) {
        usable.add(candidate.get());
      }
    }
    return new PreparedProblem(problem, limits, usable);
  }

  int size() {
    return candidates.size();
  }

  Candidate candidate(int index) {
    return candidates.get(index);
  }

  boolean exclusive(int i, int j) {
    return i != j && candidates.get(i).excludes(candidates.get(j));
  }
}
