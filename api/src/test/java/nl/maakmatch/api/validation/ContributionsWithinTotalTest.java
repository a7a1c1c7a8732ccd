package nl.maakmatch.api.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.maakmatch.api.plan.PlanFinancing;
import org.junit.jupiter.api.Test;

class ContributionsWithinTotalTest {

  private final ContributionsWithinTotalValidator validator =
      new ContributionsWithinTotalValidator();

  @Test
  void acceptsContributionsThatFitTheTotal() {
    assertThat(violationsOf(new PlanFinancing(1_200_000L, 200_000L, 1_000_000L))).isEmpty();
    assertThat(violationsOf(new PlanFinancing(1_200_000L, 200_000L, null))).isEmpty();
  }

  @Test
  void refusesContributionsAboveTheTotalOnTheOwnContribution() {
    assertThat(violationsOf(new PlanFinancing(1_200_000L, 1_300_000L, null)))
        .containsExactly("ownContributionEur: {default}");
    assertThat(violationsOf(new PlanFinancing(1_200_000L, 200_000L, 1_000_001L)))
        .containsExactly("ownContributionEur: {default}");
  }

  @Test
  void waitsForATotalThatIsNotKnownYet() {
    assertThat(violationsOf(new PlanFinancing(null, 1_300_000L, null))).isEmpty();
  }

  private List<String> violationsOf(PlanFinancing financing) {
    RecordingContext recording = new RecordingContext();
    boolean valid = validator.isValid(financing, recording.context());
    assertThat(valid).isEqualTo(recording.violations().isEmpty());
    return recording.violations();
  }
}
