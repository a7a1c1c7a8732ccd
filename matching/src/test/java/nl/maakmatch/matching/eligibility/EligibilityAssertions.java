package nl.maakmatch.matching.eligibility;

import static nl.maakmatch.matching.fixtures.Sentences.dutch;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Reads an eligibility outcome in tests. */
final class EligibilityAssertions {

  private EligibilityAssertions() {}

  static UnmetCriterion onlyUnmet(Eligibility outcome) {
    assertThat(outcome).isInstanceOf(Ineligible.class);
    List<UnmetCriterion> unmet = ((Ineligible) outcome).unmet();
    assertThat(unmet).hasSize(1);
    return unmet.get(0);
  }

  static List<UnmetCriterion> unmet(Eligibility outcome) {
    assertThat(outcome).isInstanceOf(Ineligible.class);
    return ((Ineligible) outcome).unmet();
  }

  static String wouldFitIfNl(UnmetCriterion criterion) {
    assertThat(criterion.wouldFitIf()).as("a suggestion").isPresent();
    return dutch(criterion.wouldFitIf().get());
  }
}
