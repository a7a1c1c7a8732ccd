package nl.maakmatch.matching.eligibility;

import static nl.maakmatch.matching.eligibility.EligibilityAssertions.onlyUnmet;
import static nl.maakmatch.matching.eligibility.EligibilityAssertions.wouldFitIfNl;
import static nl.maakmatch.matching.fixtures.Contexts.contextFor;
import static nl.maakmatch.matching.fixtures.Firms.aFirm;
import static nl.maakmatch.matching.fixtures.Firms.aManufacturerWith312Staff;
import static nl.maakmatch.matching.fixtures.Firms.aSmallMachineBuilderIn;
import static nl.maakmatch.matching.fixtures.Firms.theExampleFirm;
import static nl.maakmatch.matching.fixtures.Plans.aMachineryPlanNeeding;
import static nl.maakmatch.matching.fixtures.Plans.aPlan;
import static nl.maakmatch.matching.fixtures.Sentences.dutch;
import static nl.maakmatch.matching.fixtures.Sentences.english;
import static nl.maakmatch.matching.fixtures.TestCatalogue.instrument;
import static org.assertj.core.api.Assertions.assertThat;

import nl.maakmatch.matching.firm.Province;
import nl.maakmatch.matching.plan.PlanProfile;
import nl.maakmatch.matching.plan.Purpose;
import org.junit.jupiter.api.Test;

/** Who an instrument is for: size, sector, region and purpose. */
class ScopePoliciesTest {

  private final PlanProfile machinery = aMachineryPlanNeeding(1_000_000);

  @Test
  void bmkbRejectsAFirmWith312StaffBecauseItIsNoSme() {
    UnmetCriterion unmet =
        onlyUnmet(
            new SizeClassPolicy()
                .check(instrument("bmkb"), contextFor(aManufacturerWith312Staff(), machinery)));

    assertThat(unmet.criterion()).isEqualTo(Criterion.SIZE_CLASS);
    assertThat(dutch(unmet.message()))
        .isEqualTo(
            "BMKB is alleen voor MKB-bedrijven (micro, klein en middelgroot); uw bedrijf is"
                + " GROOT: 312 werknemers; MKB vraagt minder dan 250 werknemers");
    assertThat(unmet.wouldFitIf()).isEmpty();
  }

  @Test
  void bmkbServesTheMediumSizedExampleFirm() {
    Eligibility outcome =
        new SizeClassPolicy().check(instrument("bmkb"), contextFor(theExampleFirm(), machinery));

    assertThat(outcome.isEligible()).isTrue();
  }

  @Test
  void invesNlIsNotForMicroFirms() {
    var micro = aFirm().withFigures(6, 900_000, 700_000).build();

    assertThat(
            new SizeClassPolicy()
                .check(instrument("invest_nl"), contextFor(micro, machinery))
                .isEligible())
        .isFalse();
  }

  @Test
  void guaranteeSchemesExcludeRealEstate() {
    var landlord = aFirm().withSbi("68.20").build();

    UnmetCriterion unmet =
        onlyUnmet(new SectorPolicy().check(instrument("bmkb"), contextFor(landlord, machinery)));

    assertThat(unmet.criterion()).isEqualTo(Criterion.SECTOR);
    assertThat(dutch(unmet.message()))
        .isEqualTo(
            "BMKB financiert geen bedrijven in onroerend goed (SBI 68); uw SBI-code is 68.20");
  }

  @Test
  void goExcludesRealEstateButNotRealEstateBrokerage() {
    var broker = aFirm().withSbi("68.31").build();
    var landlord = aFirm().withSbi("68.20").build();

    assertThat(
            new SectorPolicy().check(instrument("go"), contextFor(broker, machinery)).isEligible())
        .isTrue();
    assertThat(
            new SectorPolicy()
                .check(instrument("go"), contextFor(landlord, machinery))
                .isEligible())
        .isFalse();
  }

  @Test
  void liofDoesNotFinanceWeaponMakers() {
    var weapons = aFirm().in(Province.LI).withSbi("25.40").build();

    UnmetCriterion unmet =
        onlyUnmet(new SectorPolicy().check(instrument("rom_liof"), contextFor(weapons, machinery)));

    assertThat(english(unmet.message()))
        .isEqualTo(
            "LIOF does not finance firms in weapons and ammunition (SBI 25.4); your SBI code is"
                + " 25.40");
  }

  @Test
  void vekiIsOnlyForIndustryEnergyDistributionAndWasteProcessing() {
    var softwareHouse = aFirm().withSbi("62.01").build();
    var wasteProcessor = aFirm().withSbi("38.32").build();

    assertThat(
            new SectorPolicy()
                .check(instrument("veki"), contextFor(softwareHouse, machinery))
                .isEligible())
        .isFalse();
    assertThat(
            new SectorPolicy()
                .check(instrument("veki"), contextFor(wasteProcessor, machinery))
                .isEligible())
        .isTrue();
    assertThat(
            new SectorPolicy()
                .check(instrument("veki"), contextFor(theExampleFirm(), machinery))
                .isEligible())
        .isTrue();
  }

  @Test
  void liofRejectsABrabantFirmAndPointsToBom() {
    UnmetCriterion unmet =
        onlyUnmet(
            new RegionPolicy()
                .check(
                    instrument("rom_liof"),
                    contextFor(aSmallMachineBuilderIn(Province.NB), machinery)));

    assertThat(unmet.criterion()).isEqualTo(Criterion.REGION);
    assertThat(dutch(unmet.message()))
        .isEqualTo(
            "LIOF is alleen voor bedrijven gevestigd in Limburg; uw bedrijf zit in Noord-Brabant");
    assertThat(wouldFitIfNl(unmet)).isEqualTo("In Noord-Brabant: BOM in plaats van LIOF");
    assertThat(english(unmet.wouldFitIf().orElseThrow()))
        .isEqualTo("In North Brabant: BOM instead of LIOF");
  }

  @Test
  void bomRejectsALimburgFirmAndPointsToLiof() {
    UnmetCriterion unmet =
        onlyUnmet(
            new RegionPolicy()
                .check(
                    instrument("rom_bom"),
                    contextFor(aSmallMachineBuilderIn(Province.LI), machinery)));

    assertThat(wouldFitIfNl(unmet)).isEqualTo("In Limburg: LIOF in plaats van BOM");
  }

  @Test
  void oostNlServesBothGelderlandAndOverijssel() {
    for (Province province : new Province[] {Province.GE, Province.OV}) {
      assertThat(
              new RegionPolicy()
                  .check(
                      instrument("rom_oost_nl"),
                      contextFor(aSmallMachineBuilderIn(province), machinery))
                  .isEligible())
          .as(province.name())
          .isTrue();
    }
  }

  @Test
  void nationalInstrumentsServeEveryProvince() {
    for (Province province : Province.values()) {
      assertThat(
              new RegionPolicy()
                  .check(
                      instrument("bmkb"), contextFor(aSmallMachineBuilderIn(province), machinery))
                  .isEligible())
          .isTrue();
    }
  }

  @Test
  void aPlanMustIncludeSomethingTheInstrumentFinances() {
    var acquisition = aPlan().forPurposes(Purpose.ACQUISITION).build();

    UnmetCriterion unmet =
        onlyUnmet(
            new PurposePolicy()
                .check(instrument("innovatiekrediet"), contextFor(theExampleFirm(), acquisition)));

    assertThat(dutch(unmet.message()))
        .isEqualTo(
            "Innovatiekrediet financiert speur- en ontwikkelingswerk, procesinnovatie en"
                + " productinnovatie; uw plan gaat over overname");
    assertThat(unmet.wouldFitIf()).isEmpty();
  }

  @Test
  void eiaIsOnlyForEnergyInvestmentsOnTheEnergielijst() {
    UnmetCriterion unmet =
        onlyUnmet(
            new PurposePolicy().check(instrument("eia"), contextFor(theExampleFirm(), machinery)));

    assertThat(dutch(unmet.message()))
        .isEqualTo("EIA is alleen voor energie- en klimaatinvesteringen; uw plan noemt dat niet");
    assertThat(wouldFitIfNl(unmet))
        .isEqualTo("als (een deel van) uw investering energie- en klimaatinvesteringen betreft");

    var energySaving = aPlan().forPurposes(Purpose.MACHINERY, Purpose.ENERGY_CLIMATE).build();
    assertThat(
            new PurposePolicy()
                .check(instrument("eia"), contextFor(theExampleFirm(), energySaving))
                .isEligible())
        .isTrue();
  }
}
