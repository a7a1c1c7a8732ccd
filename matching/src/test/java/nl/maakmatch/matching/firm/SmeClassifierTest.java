package nl.maakmatch.matching.firm;

import static nl.maakmatch.matching.fixtures.Firms.aFirm;
import static nl.maakmatch.matching.fixtures.Sentences.dutch;
import static nl.maakmatch.matching.fixtures.Sentences.english;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.maakmatch.matching.fixtures.Firms;
import org.junit.jupiter.api.Test;

/** The EU SME test of Recommendation 2003/361, see docs/rules/sme-definition.md. */
class SmeClassifierTest {

  private final SmeClassifier classifier = new SmeClassifier();

  @Test
  void classifiesAnAutonomousFirmOnItsOwnFigures() {
    SizeClassification size =
        classifier.classify(aFirm().withFigures(30, 6_000_000, 4_000_000).build());

    assertThat(size.sizeClass()).isEqualTo(SizeClass.SMALL);
    assertThat(english(size.reasoning()))
        .isEqualTo("SMALL: 30 staff; turnover €6,000,000 ≤ €10,000,000");
    assertThat(dutch(size.reasoning()))
        .isEqualTo("KLEIN: 30 werknemers; omzet € 6.000.000 ≤ € 10.000.000");
  }

  @Test
  void addsFortyPercentOfAPartnerSoTheExampleFirmIsMedium() {
    // 45 own staff + 40% of 100 = 85 (< 250 but not < 50);
    // turnover 8M + 40% of 20M = 16M (> 10M), balance 5M + 40% of 15M = 11M (> 10M): not small.
    SizeClassification size = classifier.classify(Firms.theExampleFirm());

    assertThat(size.sizeClass()).isEqualTo(SizeClass.MEDIUM);
    assertThat(size.countedEmployees()).isEqualTo(85.0);
    assertThat(size.countedTurnoverEur()).isEqualTo(16_000_000);
    assertThat(size.countedBalanceSheetTotalEur()).isEqualTo(11_000_000);
    assertThat(english(size.reasoning()))
        .startsWith("MEDIUM: 85 staff incl. 40% of partner Holding Van Dijk;");
    assertThat(dutch(size.reasoning()))
        .startsWith("MIDDELGROOT: 85 werknemers incl. 40% van partner Holding Van Dijk;");
  }

  @Test
  void addsAllOfALinkedEnterprise() {
    // 20 + 100% of 40 = 60 staff: no longer small
    SizeClassification size =
        classifier.classify(
            aFirm()
                .withFigures(20, 3_000_000, 2_000_000)
                .withLinked("Moeder BV", 60, 40, 5_000_000, 4_000_000)
                .build());

    assertThat(size.sizeClass()).isEqualTo(SizeClass.MEDIUM);
    assertThat(size.countedEmployees()).isEqualTo(60.0);
    assertThat(english(size.reasoning())).contains("incl. 100% of linked enterprise Moeder BV");
  }

  @Test
  void letsTheFirmUseTheBalanceSheetWhenTurnoverIsTooHigh() {
    // 8 staff, turnover 3M (> 2M) but balance 1.5M (<= 2M): micro
    SizeClassification size =
        classifier.classify(aFirm().withFigures(8, 3_000_000, 1_500_000).build());

    assertThat(size.sizeClass()).isEqualTo(SizeClass.MICRO);
    assertThat(english(size.reasoning())).contains("balance sheet total €1,500,000 ≤ €2,000,000");
  }

  @Test
  void headcountAloneCanMakeAFirmLarge() {
    SizeClassification size = classifier.classify(Firms.aManufacturerWith312Staff());

    assertThat(size.sizeClass()).isEqualTo(SizeClass.LARGE);
    assertThat(dutch(size.reasoning()))
        .isEqualTo("GROOT: 312 werknemers; MKB vraagt minder dan 250 werknemers");
  }

  @Test
  void aFirmOverBothMoneyCeilingsIsLargeEvenWithFewStaff() {
    SizeClassification size =
        classifier.classify(aFirm().withFigures(200, 60_000_000, 45_000_000).build());

    assertThat(size.sizeClass()).isEqualTo(SizeClass.LARGE);
  }

  @Test
  void aMediumFirmMayQualifyOnBalanceSheetAloneAboveFiftyMillionTurnover() {
    SizeClassification size =
        classifier.classify(aFirm().withFigures(200, 60_000_000, 43_000_000).build());

    assertThat(size.sizeClass()).isEqualTo(SizeClass.MEDIUM);
  }

  @Test
  void publicBodiesHoldingTwentyFivePercentEndSmeStatus() {
    SizeClassification size =
        classifier.classify(
            aFirm().withFigures(12, 1_000_000, 900_000).ownedByPublicBodiesFor(25).build());

    assertThat(size.sizeClass()).isEqualTo(SizeClass.LARGE);
    assertThat(english(size.reasoning())).contains("25% held by public bodies");
  }

  @Test
  void publicBodiesJustBelowTwentyFivePercentDoNotMatter() {
    SizeClassification size =
        classifier.classify(
            aFirm().withFigures(12, 1_000_000, 900_000).ownedByPublicBodiesFor(24.9).build());

    assertThat(size.sizeClass()).isEqualTo(SizeClass.SMALL);
  }

  @Test
  void anExemptInvestorsPartnerStakeDoesNotCount() {
    SizeClassification size =
        classifier.classify(
            aFirm()
                .withFigures(30, 6_000_000, 4_000_000)
                .withExemptInvestor("BOM Capital", 35, 400)
                .build());

    assertThat(size.sizeClass()).isEqualTo(SizeClass.SMALL);
    assertThat(size.countedEmployees()).isEqualTo(30.0);
    assertThat(english(size.reasoning()))
        .contains("stake of BOM Capital not counted: exempt investor");
  }

  @Test
  void anExemptInvestorThatControlsTheFirmStillCounts() {
    SizeClassification size =
        classifier.classify(
            aFirm()
                .withFigures(30, 6_000_000, 4_000_000)
                .withLinked("Fonds", 60, 400, 80_000_000, 60_000_000)
                .build());

    assertThat(size.sizeClass()).isEqualTo(SizeClass.LARGE);
  }

  @Test
  void fractionalWorkUnitsAreShownWithOneDecimal() {
    SizeClassification size =
        classifier.classify(aFirm().withFigures(9.5, 1_000_000, 500_000).build());

    assertThat(size.sizeClass()).isEqualTo(SizeClass.MICRO);
    assertThat(dutch(size.reasoning())).startsWith("MICRO: 9,5 werknemers");
    assertThat(english(size.reasoning())).startsWith("MICRO: 9.5 staff");
  }

  // Issue #11 point 6: the SME test's edges (Recommendation 2003/361 annex art. 3(2) and 3(3))

  @Test
  void aRomHoldingThirtyPercentLeavesTheFirmSmallUnderArticle3Paragraph2() {
    SizeClassification size =
        classifier.classify(
            aFirm()
                .withFigures(30, 6_000_000, 4_000_000)
                .ownedByAPublicInvestorFor(InvestorType.PUBLIC_INVESTMENT_COMPANY, 30)
                .build());

    assertThat(size.sizeClass()).isEqualTo(SizeClass.SMALL);
    assertThat(english(size.reasoning()))
        .isEqualTo(
            "SMALL: 30 staff (30% held by a public investment company (such as a ROM or"
                + " Invest-NL) does not count (Recommendation 2003/361 art. 3(2)));"
                + " turnover €6,000,000 ≤ €10,000,000");
  }

  @Test
  void aSmallMunicipalityOrUniversityIsExemptToo() {
    for (InvestorType type : List.of(InvestorType.SMALL_LOCAL_AUTHORITY, InvestorType.UNIVERSITY)) {
      SizeClassification size =
          classifier.classify(
              aFirm()
                  .withFigures(12, 1_000_000, 900_000)
                  .ownedByAPublicInvestorFor(type, 40)
                  .build());
      assertThat(size.sizeClass()).as(type.name()).isEqualTo(SizeClass.SMALL);
    }
  }

  @Test
  void aPublicInvestorHoldingMoreThanHalfControlsTheFirmAndEndsSmeStatus() {
    SizeClassification size =
        classifier.classify(
            aFirm()
                .withFigures(12, 1_000_000, 900_000)
                .ownedByAPublicInvestorFor(InvestorType.PUBLIC_INVESTMENT_COMPANY, 60)
                .build());

    assertThat(size.sizeClass()).isEqualTo(SizeClass.LARGE);
  }

  @Test
  void aStatedInvestorTypeMakesAPartnerStakeExemptAndSaysWhy() {
    SizeClassification size =
        classifier.classify(
            aFirm()
                .withFigures(30, 6_000_000, 4_000_000)
                .withPartnerInvestor("Invest-NL", InvestorType.PUBLIC_INVESTMENT_COMPANY, 35, 400)
                .build());

    assertThat(size.countedEmployees()).isEqualTo(30.0);
    assertThat(dutch(size.reasoning()))
        .isEqualTo(
            "KLEIN: 30 werknemers (belang van Invest-NL telt niet mee: publieke"
                + " participatiemaatschappij (zoals een ROM of Invest-NL) (Aanbeveling 2003/361"
                + " art. 3 lid 2)); omzet € 6.000.000 ≤ € 10.000.000");
  }

  @Test
  void controlByContractLinksAtAMinorityStakeUnderArticle3Paragraph3() {
    SizeClassification size =
        classifier.classify(
            aFirm()
                .withFigures(30, 6_000_000, 4_000_000)
                .controlledByContract("Moeder BV", 20, 300, 60_000_000, 50_000_000)
                .build());

    assertThat(size.sizeClass()).isEqualTo(SizeClass.LARGE);
    assertThat(english(size.reasoning()))
        .isEqualTo(
            "LARGE: 330 staff incl. 100% of linked enterprise Moeder BV (control other than by a"
                + " majority stake); an SME has fewer than 250 staff");
  }
}
