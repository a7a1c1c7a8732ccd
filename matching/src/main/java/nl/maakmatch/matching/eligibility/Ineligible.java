package nl.maakmatch.matching.eligibility;

import java.util.List;

/**
 * The plan does not meet the rule; each unmet criterion says why and what would change it. As the
 * outcome of a whole check at least one of them is {@linkplain UnmetCriterion#confirmed()
 * confirmed}; a single policy may also return one that rests on an estimate.
 */
public record Ineligible(List<UnmetCriterion> unmet) implements Eligibility {

  public Ineligible {
    unmet = List.copyOf(unmet);
    if (unmet.isEmpty()) {
      throw new IllegalArgumentException("an ineligible outcome names at least one criterion");
    }
  }

  public static Ineligible because(UnmetCriterion criterion) {
    return new Ineligible(List.of(criterion));
  }

  @Override
  public Verdict verdict() {
    return Verdict.NOT_ELIGIBLE;
  }
}
