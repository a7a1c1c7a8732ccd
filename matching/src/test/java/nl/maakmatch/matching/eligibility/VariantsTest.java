package nl.maakmatch.matching.eligibility;

import static nl.maakmatch.matching.fixtures.Contexts.contextFor;
import static nl.maakmatch.matching.fixtures.Firms.aFirm;
import static nl.maakmatch.matching.fixtures.Firms.theExampleFirm;
import static nl.maakmatch.matching.fixtures.Plans.aMachineryPlanNeeding;
import static nl.maakmatch.matching.fixtures.Plans.aPlan;
import static nl.maakmatch.matching.fixtures.Sentences.dutch;
import static nl.maakmatch.matching.fixtures.Sentences.english;
import static nl.maakmatch.matching.fixtures.TestCatalogue.instrument;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.maakmatch.matching.MatchOptions;
import nl.maakmatch.matching.MatchingEngine;
import nl.maakmatch.matching.catalogue.Instrument;
import nl.maakmatch.matching.catalogue.ShareRange;
import nl.maakmatch.matching.firm.SizeClass;
import nl.maakmatch.matching.fixtures.TestCatalogue;
import nl.maakmatch.matching.plan.Purpose;
import nl.maakmatch.matching.stack.StackOption;
import org.junit.jupiter.api.Test;

/**
 * Issue #11 point 8: the starter and innovative terms of BMKB and VFF are variants the engine
 * applies (or, where it cannot see the condition, names), not comments.
 */
class VariantsTest {

  /** Founded 1 September 2025, so 1 year old when a plan starts on 1 June 2027. */
  private final MatchContext starter =
      contextFor(
          aFirm().foundedOn(LocalDate.of(2025, 9, 1)).withFigures(8, 900_000, 600_000).build(),
          aMachineryPlanNeeding(400_000));

  @Test
  void aBmkbStarterGetsSixtySevenAndAHalfPercentCoverOnAtMost200000GuaranteedCredit() {
    // bmkb: "starters 75% (net 67.5%)"; starter_max_guaranteed_credit_eur 200,000;
    // starter_max_total_credit_eur 266,667
    Instrument offered = Variants.offeredTo(instrument("bmkb"), starter);

    assertThat(offered.terms().amounts().coverShareOfBankLoan()).isEqualTo(0.675);
    assertThat(offered.terms().amounts().coverMax()).isEqualTo(180_000);
    assertThat(english(new AmountPolicy().whyItFits(offered, starter).orElseThrow()))
        .isEqualTo(
            "BMKB can guarantee a loan of up to €266,666 for this plan; the guarantee covers 67.5%"
                + " of the loan and the state covers at most €180,000 in all");
  }

  @Test
  void anEstablishedFirmKeepsBmkbsRegularTerms() {
    var established = contextFor(theExampleFirm(), aMachineryPlanNeeding(400_000));

    assertThat(Variants.offeredTo(instrument("bmkb"), established).terms().amounts())
        .isEqualTo(instrument("bmkb").terms().amounts());
  }

  @Test
  void namesBmkbsVariantForInnovativeFirmsWithoutApplyingIt() {
    var established = contextFor(theExampleFirm(), aMachineryPlanNeeding(400_000));

    assertThat(dutch(new Variants().whyItFits(instrument("bmkb"), established).orElseThrow()))
        .isEqualTo(
            "Met een S&O-verklaring (technisch vernieuwend bedrijf) dekt BMKB 60% van de lening");
  }

  @Test
  void anInnovativeStarterGetsAllItsVffCostsUpTo350000() {
    // vff: "innovative starters 100%", starter_max_eur 350,000
    var innovativeStarter =
        contextFor(
            aFirm().foundedOn(LocalDate.of(2024, 1, 1)).withFigures(5, 300_000, 200_000).build(),
            aPlan()
                .forPurposes(Purpose.PRODUCT_INNOVATION)
                .investing(500_000)
                .withOwnContribution(50_000)
                .build());

    var amounts = Variants.offeredTo(instrument("vff"), innovativeStarter).terms().amounts();

    assertThat(amounts.partMaxFor(SizeClass.MICRO)).contains(350_000L);
    assertThat(amounts.costShare().forSize(SizeClass.MICRO)).contains(ShareRange.exactly(1.0));
  }

  @Test
  void theStarterVariantIsWhatTheStackCountsOn() {
    var result =
        new MatchingEngine(TestCatalogue.shipped(), TestCatalogue.clockOn(TestCatalogue.TODAY))
            .match(starter.firm(), starter.plan(), MatchOptions.defaults());

    StackOption bmkb =
        result.stackProblem().options().stream()
            .filter(o -> o.instrumentId().equals("bmkb"))
            .findFirst()
            .orElseThrow();
    assertThat(bmkb.requirementShare()).isEqualTo(0.675);
    assertThat(bmkb.maxEur()).isEqualTo(180_000); // the starter's 200,000 guaranteed credit, 90%
  }
}
