package nl.maakmatch.matching.eligibility;

import static nl.maakmatch.matching.eligibility.EligibilityAssertions.onlyUnmet;
import static nl.maakmatch.matching.eligibility.EligibilityAssertions.wouldFitIfNl;
import static nl.maakmatch.matching.fixtures.Contexts.contextFor;
import static nl.maakmatch.matching.fixtures.Firms.aSmallMachineBuilderIn;
import static nl.maakmatch.matching.fixtures.Plans.aMachineryPlanNeeding;
import static nl.maakmatch.matching.fixtures.Sentences.dutch;
import static nl.maakmatch.matching.fixtures.TestCatalogue.instrument;
import static org.assertj.core.api.Assertions.assertThat;

import nl.maakmatch.matching.firm.Province;
import org.junit.jupiter.api.Test;

class FinancingNeedPolicyTest {

  private final FinancingNeedPolicy policy = new FinancingNeedPolicy();

  @Test
  void qreditsServesATotalCreditNeedUpToFiveHundredThousand() {
    assertThat(
            policy
                .check(
                    instrument("qredits_mkb_krediet"),
                    contextFor(aSmallMachineBuilderIn(Province.FR), aMachineryPlanNeeding(500_000)))
                .isEligible())
        .isTrue();
  }

  @Test
  void qreditsRejectsALargerNeedAndSuggestsASmallerOneWhenThatIsClose() {
    UnmetCriterion unmet =
        onlyUnmet(
            policy.check(
                instrument("qredits_mkb_krediet"),
                contextFor(aSmallMachineBuilderIn(Province.FR), aMachineryPlanNeeding(600_000))));

    assertThat(unmet.criterion()).isEqualTo(Criterion.AMOUNT_MAX);
    assertThat(dutch(unmet.message()))
        .isEqualTo(
            "Qredits MKB-krediet past bij een totale financieringsbehoefte van hoogstens"
                + " € 500.000; uw financieringsbehoefte is € 600.000");
    assertThat(wouldFitIfNl(unmet))
        .isEqualTo(
            "met een kleinere financieringsbehoefte van hoogstens € 500.000 (€ 100.000 minder)");
  }

  @Test
  void qreditsSuggestsNothingWhenTheNeedWouldHaveToHalve() {
    UnmetCriterion unmet =
        onlyUnmet(
            policy.check(
                instrument("qredits_mkb_krediet"),
                contextFor(aSmallMachineBuilderIn(Province.FR), aMachineryPlanNeeding(1_000_000))));

    assertThat(unmet.wouldFitIf()).isEmpty();
  }
}
