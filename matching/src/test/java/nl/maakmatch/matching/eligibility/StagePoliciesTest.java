package nl.maakmatch.matching.eligibility;

import static nl.maakmatch.matching.eligibility.EligibilityAssertions.onlyUnmet;
import static nl.maakmatch.matching.eligibility.EligibilityAssertions.wouldFitIfNl;
import static nl.maakmatch.matching.fixtures.Contexts.contextFor;
import static nl.maakmatch.matching.fixtures.Firms.aFirm;
import static nl.maakmatch.matching.fixtures.Firms.theExampleFirm;
import static nl.maakmatch.matching.fixtures.Plans.aPlan;
import static nl.maakmatch.matching.fixtures.Sentences.dutch;
import static nl.maakmatch.matching.fixtures.Sentences.english;
import static nl.maakmatch.matching.fixtures.TestCatalogue.instrument;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.maakmatch.matching.catalogue.CatalogueReader;
import nl.maakmatch.matching.catalogue.Instrument;
import nl.maakmatch.matching.plan.PlanProfile;
import nl.maakmatch.matching.plan.Purpose;
import org.junit.jupiter.api.Test;

/** Firm age and technology readiness. */
class StagePoliciesTest {

  @Test
  void seedCapitalCountsSevenYearsFromTheFirstCommercialSaleGberArticle21Paragraph5() {
    PlanProfile plan =
        aPlan()
            .forPurposes(Purpose.PRODUCT_INNOVATION)
            .startingOn(LocalDate.of(2027, 6, 1))
            .build();
    var soldFirstIn2015 =
        aFirm()
            .foundedOn(LocalDate.of(2012, 5, 1))
            .withFirstCommercialSaleOn(LocalDate.of(2015, 3, 1))
            .build();
    var foundedLongAgoSellingSince2022 =
        aFirm()
            .foundedOn(LocalDate.of(2012, 5, 1))
            .withFirstCommercialSaleOn(LocalDate.of(2022, 9, 1))
            .build();

    UnmetCriterion unmet =
        onlyUnmet(
            new FirmAgePolicy()
                .check(instrument("seed_capital"), contextFor(soldFirstIn2015, plan)));

    assertThat(dutch(unmet.message()))
        .isEqualTo(
            "Seed Capital is voor bedrijven tot 7 jaar na hun eerste commerciële verkoop (AGVV"
                + " art. 21 lid 5); bij de start van het plan (1 juni 2027) is uw eerste verkoop"
                + " (1 maart 2015) 12 jaar geleden");
    assertThat(unmet.confirmed()).isTrue();
    assertThat(unmet.wouldFitIf()).as("a firm cannot get younger").isEmpty();
    assertThat(
            new FirmAgePolicy()
                .check(instrument("seed_capital"), contextFor(foundedLongAgoSellingSince2022, plan))
                .isEligible())
        .as("founded 15 years before the start, but first sale less than 5 years before")
        .isTrue();
  }

  @Test
  void aFirmThatHasNotStatedItsFirstSaleIsAskedNotRefusedBySeedCapital() {
    PlanProfile plan =
        aPlan()
            .forPurposes(Purpose.PRODUCT_INNOVATION)
            .startingOn(LocalDate.of(2027, 6, 1))
            .build();

    UnmetCriterion unmet =
        onlyUnmet(
            new FirmAgePolicy()
                .check(instrument("seed_capital"), contextFor(theExampleFirm(), plan)));

    assertThat(english(unmet.message()))
        .isEqualTo(
            "Seed Capital counts up to 7 years after the first commercial sale (GBER art. 21(5));"
                + " your firm is 15 years old when the plan starts (1 June 2027) and you have not"
                + " stated the date of its first sale yet");
    assertThat(unmet.confirmed()).as("founding is never later than the first sale").isFalse();
  }

  @Test
  void aFirmTooYoungForAMinimumAgeWouldFitOnceOldEnough() {
    Instrument needsThreeYears = withTerms("go", "minAgeYears: 3");
    var founded2012 = aFirm().foundedOn(LocalDate.of(2012, 5, 1)).build();
    PlanProfile startsIn2014 = aPlan().startingOn(LocalDate.of(2014, 6, 1)).build();

    UnmetCriterion unmet =
        onlyUnmet(
            new FirmAgePolicy()
                .check(
                    needsThreeYears,
                    contextFor(founded2012, startsIn2014, LocalDate.of(2014, 1, 1))));

    assertThat(dutch(unmet.message()))
        .contains("vraagt een bedrijf van minimaal 3 jaar")
        .contains("2 jaar");
    assertThat(wouldFitIfNl(unmet)).isEqualTo("zodra uw bedrijf 3 jaar bestaat (vanaf 1 mei 2015)");
    assertThat(english(unmet.wouldFitIf().orElseThrow()))
        .isEqualTo("once the firm is 3 years old (from 1 May 2015)");
  }

  @Test
  void mentionsTheBmkbStarterVariantForAFirmUnderThreeYears() {
    var young = aFirm().foundedOn(LocalDate.of(2025, 9, 1)).build();

    var context = contextFor(young, aPlan().build());

    assertThat(new FirmAgePolicy().check(instrument("bmkb"), context).isEligible()).isTrue();
    assertThat(english(new FirmAgePolicy().whyItFits(instrument("bmkb"), context).orElseThrow()))
        .isEqualTo("Your firm is younger than 3: BMKB has a starter variant with its own terms");
    assertThat(
            new FirmAgePolicy()
                .whyItFits(instrument("bmkb"), contextFor(theExampleFirm(), aPlan().build())))
        .isEmpty();
  }

  @Test
  void mitRdIsForTechnologyAtTrlFourToSixSoAProvenMachineIsOut() {
    PlanProfile trl8 = aPlan().forPurposes(Purpose.RD).atTrl(8).build();

    UnmetCriterion unmet =
        onlyUnmet(
            new TrlPolicy()
                .check(instrument("mit_rd_samenwerking"), contextFor(theExampleFirm(), trl8)));

    assertThat(dutch(unmet.message()))
        .isEqualTo(
            "MIT R&D-samenwerking is voor technologie die nog niet bewezen is (TRL 4–6); uw plan"
                + " zit op TRL 8");
    assertThat(unmet.wouldFitIf()).isEmpty();
  }

  @Test
  void eicWouldFitOnceTheTechnologyMaturesTwoSteps() {
    PlanProfile trl3 = aPlan().forPurposes(Purpose.PRODUCT_INNOVATION).atTrl(3).build();

    UnmetCriterion unmet =
        onlyUnmet(
            new TrlPolicy()
                .check(instrument("eic_accelerator"), contextFor(theExampleFirm(), trl3)));

    assertThat(english(unmet.message()))
        .isEqualTo("EIC Accelerator is for technology at TRL 5–8; your plan is at TRL 3");
    assertThat(wouldFitIfNl(unmet)).isEqualTo("zodra uw technologie TRL 5 bereikt");
  }

  @Test
  void investNlIsNotForEarlyTechnologyThreeStepsShort() {
    PlanProfile trl4 = aPlan().atTrl(4).build();

    UnmetCriterion unmet =
        onlyUnmet(
            new TrlPolicy().check(instrument("invest_nl"), contextFor(theExampleFirm(), trl4)));

    assertThat(unmet.wouldFitIf()).isEmpty();
  }

  @Test
  void doesNotCheckTrlWhenThePlanGivesNone() {
    assertThat(
            new TrlPolicy()
                .check(instrument("invest_nl"), contextFor(theExampleFirm(), aPlan().build()))
                .isEligible())
        .isTrue();
  }

  /** The shipped instrument with one term overridden through its catalogue entry. */
  private static Instrument withTerms(String id, String termLine) {
    String yaml =
        "instruments:\n"
            + "  - id: "
            + id
            + "\n"
            + "    name: \""
            + id
            + "\"\n"
            + "    type: [guarantee]\n"
            + "    finances: [machinery]\n"
            + "    confidence: confirmed\n"
            + "    matching:\n"
            + "      "
            + termLine
            + "\n";
    return CatalogueReader.withShippedTerms().read(yaml).catalogue().instrument(id).orElseThrow();
  }
}
