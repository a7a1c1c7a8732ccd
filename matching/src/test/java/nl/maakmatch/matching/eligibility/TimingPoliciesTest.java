package nl.maakmatch.matching.eligibility;

import static nl.maakmatch.matching.eligibility.EligibilityAssertions.onlyUnmet;
import static nl.maakmatch.matching.eligibility.EligibilityAssertions.wouldFitIfNl;
import static nl.maakmatch.matching.fixtures.Contexts.contextFor;
import static nl.maakmatch.matching.fixtures.Firms.theExampleFirm;
import static nl.maakmatch.matching.fixtures.Plans.aPlan;
import static nl.maakmatch.matching.fixtures.Sentences.dutch;
import static nl.maakmatch.matching.fixtures.Sentences.english;
import static nl.maakmatch.matching.fixtures.TestCatalogue.TODAY;
import static nl.maakmatch.matching.fixtures.TestCatalogue.instrument;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.maakmatch.matching.plan.PlanProfile;
import nl.maakmatch.matching.plan.Purpose;
import org.junit.jupiter.api.Test;

/** Incentive effect, notification deadlines and application rounds, against a fixed today. */
class TimingPoliciesTest {

  @Test
  void wbsoMustBeRequestedBeforeTheWorkStarts() {
    PlanProfile started = aPlan().forPurposes(Purpose.RD).startingOn(TODAY.minusDays(1)).build();

    UnmetCriterion unmet =
        onlyUnmet(
            new IncentiveEffectPolicy()
                .check(instrument("wbso"), contextFor(theExampleFirm(), started)));

    assertThat(unmet.criterion()).isEqualTo(Criterion.APPLY_BEFORE_START);
    assertThat(dutch(unmet.message()))
        .isEqualTo(
            "WBSO moet worden aangevraagd vóór de start (stimulerend effect, AGVV); uw plan is"
                + " gestart op 30 november 2026");
    assertThat(unmet.wouldFitIf()).isEmpty();
  }

  @Test
  void aPlanStartingTodayCanStillBeAppliedForFirst() {
    PlanProfile today = aPlan().forPurposes(Purpose.RD).startingOn(TODAY).build();

    assertThat(
            new IncentiveEffectPolicy()
                .check(instrument("wbso"), contextFor(theExampleFirm(), today))
                .isEligible())
        .isTrue();
  }

  @Test
  void bmkbHasNoIncentiveEffectRule() {
    PlanProfile started = aPlan().startingOn(TODAY.minusMonths(2)).build();

    assertThat(
            new IncentiveEffectPolicy()
                .check(instrument("bmkb"), contextFor(theExampleFirm(), started))
                .isEligible())
        .isTrue();
  }

  @Test
  void eiaMustBeNotifiedWithinThreeMonthsOfTheCommitment() {
    PlanProfile committedTwoMonthsAgo =
        aPlan().forPurposes(Purpose.ENERGY_CLIMATE).startingOn(TODAY.minusMonths(2)).build();
    PlanProfile committedFourMonthsAgo =
        aPlan().forPurposes(Purpose.ENERGY_CLIMATE).startingOn(LocalDate.of(2026, 8, 1)).build();

    assertThat(
            new IncentiveEffectPolicy()
                .check(instrument("eia"), contextFor(theExampleFirm(), committedTwoMonthsAgo))
                .isEligible())
        .isTrue();
    UnmetCriterion unmet =
        onlyUnmet(
            new IncentiveEffectPolicy()
                .check(instrument("eia"), contextFor(theExampleFirm(), committedFourMonthsAgo)));
    assertThat(english(unmet.message()))
        .isEqualTo(
            "EIA must be notified to RVO within 3 months of the investment commitment; that period"
                + " ended on 1 November 2026");
  }

  @Test
  void bmkbClosesAfterTheFirstOfJulyTwentyTwentySeven() {
    LocalDate afterExpiry = LocalDate.of(2027, 7, 2);

    UnmetCriterion unmet =
        onlyUnmet(
            new ApplicationWindowPolicy()
                .check(
                    instrument("bmkb"),
                    contextFor(theExampleFirm(), aPlan().build(), afterExpiry)));

    assertThat(dutch(unmet.message())).isEqualTo("BMKB: de aanvraagperiode sloot op 1 juli 2027");
    assertThat(
            new ApplicationWindowPolicy()
                .check(instrument("bmkb"), contextFor(theExampleFirm(), aPlan().build()))
                .isEligible())
        .isTrue();
  }

  @Test
  void aClosedVekiRoundDoesNotEndEligibilityBecauseRoundsRecur() {
    PlanProfile energy = aPlan().forPurposes(Purpose.ENERGY_CLIMATE).build();

    assertThat(
            new ApplicationWindowPolicy()
                .check(instrument("veki"), contextFor(theExampleFirm(), energy))
                .isEligible())
        .isTrue();
  }

  @Test
  void aRoundThatOpensAfterThePlanStartsIsOutOfReachUnlessTheStartMoves() {
    // on 1 March 2025 the next known VEKI round opens on 16 Sep 2025
    LocalDate march2025 = LocalDate.of(2025, 3, 1);
    PlanProfile startsInJuly =
        aPlan().forPurposes(Purpose.ENERGY_CLIMATE).startingOn(LocalDate.of(2025, 7, 1)).build();

    UnmetCriterion unmet =
        onlyUnmet(
            new ApplicationWindowPolicy()
                .check(instrument("veki"), contextFor(theExampleFirm(), startsInJuly, march2025)));

    assertThat(dutch(unmet.message()))
        .isEqualTo(
            "VEKI opent pas op 16 september 2025 en moet vóór de start worden aangevraagd; uw"
                + " plan start op 1 juli 2025");
    assertThat(wouldFitIfNl(unmet)).isEqualTo("met een start na 16 september 2025");
  }

  @Test
  void rdmsOneOffRoundClosedInTwentyTwentyOne() {
    UnmetCriterion unmet =
        onlyUnmet(
            new ApplicationWindowPolicy()
                .check(instrument("rdm"), contextFor(theExampleFirm(), aPlan().build())));

    assertThat(english(unmet.message())).isEqualTo("RDM: applications closed on 17 August 2021");
  }
}
