package nl.maakmatch.matching.eligibility;

import static nl.maakmatch.matching.eligibility.EligibilityAssertions.onlyUnmet;
import static nl.maakmatch.matching.eligibility.EligibilityAssertions.wouldFitIfNl;
import static nl.maakmatch.matching.fixtures.Contexts.contextFor;
import static nl.maakmatch.matching.fixtures.Firms.aSmallMachineBuilderIn;
import static nl.maakmatch.matching.fixtures.Firms.theExampleFirm;
import static nl.maakmatch.matching.fixtures.Plans.aMachineryPlanNeeding;
import static nl.maakmatch.matching.fixtures.Plans.aPlan;
import static nl.maakmatch.matching.fixtures.Sentences.dutch;
import static nl.maakmatch.matching.fixtures.Sentences.english;
import static nl.maakmatch.matching.fixtures.TestCatalogue.instrument;
import static org.assertj.core.api.Assertions.assertThat;

import nl.maakmatch.matching.firm.Province;
import nl.maakmatch.matching.plan.Purpose;
import org.junit.jupiter.api.Test;

class AmountPolicyTest {

  private final AmountPolicy policy = new AmountPolicy();

  @Test
  void goRejectsANeedBelowItsMinimumLoanInTheFirmOwnersWords() {
    UnmetCriterion unmet =
        onlyUnmet(
            policy.check(
                instrument("go"), contextFor(theExampleFirm(), aMachineryPlanNeeding(1_200_000))));

    assertThat(unmet.criterion()).isEqualTo(Criterion.AMOUNT_MIN);
    assertThat(dutch(unmet.message()))
        .isEqualTo(
            "GO vereist een lening van minimaal € 1.500.000; uw financieringsbehoefte is €"
                + " 1.200.000");
    assertThat(english(unmet.message()))
        .isEqualTo("GO requires a loan of at least €1,500,000; your financing need is €1,200,000");
    // 300,000 is a quarter of the 1.4M investment: a realistic step
    assertThat(wouldFitIfNl(unmet)).isEqualTo("met € 300.000 meer investering");
  }

  @Test
  void goAcceptsANeedOfOneAndAHalfMillion() {
    assertThat(
            policy
                .check(
                    instrument("go"),
                    contextFor(theExampleFirm(), aMachineryPlanNeeding(1_500_000)))
                .isEligible())
        .isTrue();
  }

  @Test
  void goSuggestsNothingWhenTheNeedIsFarBelowItsMinimum() {
    UnmetCriterion unmet =
        onlyUnmet(
            policy.check(
                instrument("go"), contextFor(theExampleFirm(), aMachineryPlanNeeding(400_000))));

    assertThat(unmet.wouldFitIf()).isEmpty();
  }

  @Test
  void investNlRejectsAFourMillionTicketAndPointsToTheRegionalRom() {
    // need 8M: Invest-NL takes at most 50% = 4M, below its 5M minimum ticket; 10M would do
    UnmetCriterion unmet =
        onlyUnmet(
            policy.check(
                instrument("invest_nl"),
                contextFor(theExampleFirm(), aMachineryPlanNeeding(8_000_000))));

    assertThat(dutch(unmet.message()))
        .isEqualTo(
            "Invest-NL vereist een investering (ticket) van minimaal € 5.000.000 en financiert"
                + " hoogstens 50% van de financieringsbehoefte; bij uw behoefte van € 8.000.000 is"
                + " dat hoogstens € 4.000.000, dus de behoefte moet minimaal € 10.000.000 zijn."
                + " Kleinere bedragen lopen via de ROM van uw provincie: BOM");
    assertThat(wouldFitIfNl(unmet)).isEqualTo("met € 2.000.000 meer investering");
  }

  @Test
  void investNlTakesATenMillionNeedForAFiveMillionTicket() {
    assertThat(
            policy
                .check(
                    instrument("invest_nl"),
                    contextFor(theExampleFirm(), aMachineryPlanNeeding(10_000_000)))
                .isEligible())
        .isTrue();
  }

  @Test
  void vekiNeedsAnInvestmentBigEnoughForItsMinimumGrantAtSeventyPercent() {
    // 125,000 / 0.70 = 178,572: an investment of 150,000 reaches at most 105,000
    var plan =
        aPlan()
            .forPurposes(Purpose.ENERGY_CLIMATE)
            .investing(150_000)
            .withOwnContribution(50_000)
            .build();

    UnmetCriterion unmet =
        onlyUnmet(
            policy.check(
                instrument("veki"), contextFor(aSmallMachineBuilderIn(Province.GE), plan)));

    assertThat(english(unmet.message()))
        .isEqualTo(
            "VEKI requires a grant of at least €125,000; at most 70% of your investment of"
                + " €150,000 is €105,000");
    assertThat(wouldFitIfNl(unmet)).isEqualTo("met € 28.572 meer investering");
  }

  @Test
  void saysAGuaranteeStandsBehindTheLoanRatherThanProvidingIt() {
    var context = contextFor(theExampleFirm(), aMachineryPlanNeeding(1_000_000));

    assertThat(dutch(policy.whyItFits(instrument("bmkb"), context).orElseThrow()))
        .isEqualTo(
            "BMKB kan garant staan voor een lening tot € 1.000.000 voor dit plan; de garantie"
                + " dekt 45% van de lening en de staat dekt in totaal hoogstens € 1.350.000");
  }

  @Test
  void bmkbsCoverCeilingCapsTheLoanItCanStandBehind() {
    // max_guaranteed_credit_eur 1,500,000, of which the state covers 90%: 1,350,000 = 45% of 3M
    var context = contextFor(theExampleFirm(), aMachineryPlanNeeding(5_000_000));

    assertThat(english(policy.whyItFits(instrument("bmkb"), context).orElseThrow()))
        .isEqualTo(
            "BMKB can guarantee a loan of up to €3,000,000 for this plan; the guarantee covers 45%"
                + " of the loan and the state covers at most €1,350,000 in all");
  }

  @Test
  void saysHowMuchAnInstrumentCanProvideWhenItFits() {
    var context = contextFor(aSmallMachineBuilderIn(Province.LI), aMachineryPlanNeeding(1_000_000));

    assertThat(policy.check(instrument("rom_liof"), context).isEligible()).isTrue();
    // LIOF's MKB-loan fund co-finances at most half the need, up to its 1,000,000 maximum
    assertThat(dutch(policy.whyItFits(instrument("rom_liof"), context).orElseThrow()))
        .isEqualTo("LIOF kan een lening bieden tot € 500.000 voor dit plan");
  }
}
