package nl.maakmatch.matching.eligibility;

import static nl.maakmatch.matching.eligibility.EligibilityAssertions.onlyUnmet;
import static nl.maakmatch.matching.eligibility.EligibilityAssertions.unmet;
import static nl.maakmatch.matching.fixtures.Contexts.contextFor;
import static nl.maakmatch.matching.fixtures.Firms.aFirm;
import static nl.maakmatch.matching.fixtures.Firms.theExampleFirm;
import static nl.maakmatch.matching.fixtures.Plans.aMachineryPlanNeeding;
import static nl.maakmatch.matching.fixtures.Plans.aPlan;
import static nl.maakmatch.matching.fixtures.Sentences.dutch;
import static nl.maakmatch.matching.fixtures.TestCatalogue.instrument;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.maakmatch.matching.catalogue.InstrumentStatus;
import nl.maakmatch.matching.firm.Province;
import nl.maakmatch.matching.fixtures.TestCatalogue;
import nl.maakmatch.matching.plan.Purpose;
import org.junit.jupiter.api.Test;

class StatusAndAidPoliciesTest {

  @Test
  void rdmIsClosed() {
    UnmetCriterion unmet =
        onlyUnmet(
            new StatusPolicy()
                .check(instrument("rdm"), contextFor(theExampleFirm(), aPlan().build())));

    assertThat(unmet.criterion()).isEqualTo(Criterion.STATUS);
    assertThat(dutch(unmet.message()))
        .isEqualTo(
            "RDM staat niet open voor nieuwe aanvragen: gesloten: eenmalige ronde in 2021"
                + " (17 mei - 17 augustus 2021, 150 miljoen; 8 projecten)");
  }

  @Test
  void theProposalsAreNeverEligibleEvenForAFirmTheyWouldSuit() {
    // a young small manufacturer in Brabant with a plan that fits every proposal's terms
    var starter =
        aFirm().withFigures(8, 1_000_000, 800_000).foundedOn(LocalDate.of(2025, 1, 1)).build();
    var plan =
        aPlan()
            .forPurposes(
                Purpose.MACHINERY,
                Purpose.PROCESS_INNOVATION,
                Purpose.BUILDINGS,
                Purpose.GROWTH_CAPITAL)
            .build();
    EligibilityCheck check = EligibilityCheck.standard();

    List<String> proposals =
        TestCatalogue.shipped().instruments().stream()
            .filter(i -> i.status() == InstrumentStatus.PROPOSED)
            .map(i -> i.id())
            .toList();

    assertThat(proposals)
        .containsExactlyInAnyOrder(
            "wbio_proposed",
            "mkb_bank_maakindustrie_proposed",
            "family_investor_loan_proposed",
            "regional_vestigingsfonds_proposed");
    for (String id : proposals) {
      UnmetCriterion only = onlyUnmet(check.assess(instrument(id), contextFor(starter, plan)));
      assertThat(only.criterion()).as(id).isEqualTo(Criterion.STATUS);
      assertThat(dutch(only.message()))
          .as(id)
          .contains("is een beleidsvoorstel, geen bestaande regeling");
    }
  }

  @Test
  void bmkbIsOutOnceTheDeMinimisCeilingIsUsedUp() {
    var usedUp = aFirm().havingReceivedDeMinimis(300_000).build();

    UnmetCriterion unmet =
        onlyUnmet(
            new DeMinimisHeadroomPolicy()
                .check(instrument("bmkb"), contextFor(usedUp, aPlan().build())));

    assertThat(dutch(unmet.message()))
        .isEqualTo(
            "BMKB is de-minimissteun en uw ruimte is op: u ontving € 300.000 in de afgelopen 3"
                + " jaar, het plafond is € 300.000 (Verordening (EU) 2023/2831)");
  }

  @Test
  void someDeMinimisHeadroomLeftKeepsBmkbOpen() {
    var someLeft = aFirm().havingReceivedDeMinimis(250_000).build();

    assertThat(
            new DeMinimisHeadroomPolicy()
                .check(instrument("bmkb"), contextFor(someLeft, aPlan().build()))
                .isEligible())
        .isTrue();
    assertThat(
            new DeMinimisHeadroomPolicy()
                .check(
                    instrument("go"),
                    contextFor(aFirm().havingReceivedDeMinimis(300_000).build(), aPlan().build()))
                .isEligible())
        .as("GO is no state aid")
        .isTrue();
  }

  @Test
  void keepsASuggestionOnlyWhenOneChangeIsEnough() {
    EligibilityCheck check = EligibilityCheck.standard();

    // a Brabant firm asking LIOF: only the region is wrong, so the suggestion stays
    UnmetCriterion regionOnly =
        onlyUnmet(
            check.assess(
                instrument("rom_liof"),
                contextFor(theExampleFirm(), aMachineryPlanNeeding(1_000_000))));
    assertThat(regionOnly.wouldFitIf()).isPresent();

    // a large Brabant firm asking LIOF: region and size are wrong, so no single change helps
    var large = aFirm().in(Province.NB).withFigures(400, 90_000_000, 70_000_000).build();
    List<UnmetCriterion> both =
        unmet(
            check.assess(
                instrument("rom_liof"), contextFor(large, aMachineryPlanNeeding(1_000_000))));
    assertThat(both)
        .extracting(UnmetCriterion::criterion)
        .containsExactly(Criterion.SIZE_CLASS, Criterion.REGION);
    assertThat(both).allSatisfy(c -> assertThat(c.wouldFitIf()).isEmpty());
  }
}
