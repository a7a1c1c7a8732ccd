package nl.maakmatch.matching.scoring;

import static nl.maakmatch.matching.fixtures.Contexts.contextFor;
import static nl.maakmatch.matching.fixtures.Firms.theExampleFirm;
import static nl.maakmatch.matching.fixtures.Plans.theExamplePlan;
import static nl.maakmatch.matching.fixtures.Sentences.dutch;
import static nl.maakmatch.matching.fixtures.TestCatalogue.instrument;
import static org.assertj.core.api.Assertions.assertThat;

import nl.maakmatch.matching.catalogue.CatalogueReader;
import nl.maakmatch.matching.catalogue.Instrument;
import nl.maakmatch.matching.eligibility.MatchContext;
import nl.maakmatch.matching.flag.Flag;
import nl.maakmatch.matching.flag.FlagKind;
import org.junit.jupiter.api.Test;

class CertaintyAssessorTest {

  private final CertaintyAssessor assessor = new CertaintyAssessor();
  private final MatchContext example = contextFor(theExampleFirm(), theExamplePlan());

  @Test
  void aConfirmedEntryWithConfirmedTermsIsCertain() {
    Instrument confirmed = entry("confirmed", "estimates: []");

    CertaintyAssessment assessment = assessor.assess(confirmed, example);

    assertThat(assessment.certainty()).isEqualTo(Certainty.HIGH);
    assertThat(assessment.flags())
        .extracting(Flag::kind)
        .containsExactly(FlagKind.TERMS_FROM_ENTRY);
  }

  @Test
  void theCataloguesEstimateConfidenceLowersCertaintyAndIsShown() {
    Instrument estimated = entry("estimate", "estimates: []");

    CertaintyAssessment assessment = assessor.assess(estimated, example);

    assertThat(assessment.certainty()).isEqualTo(Certainty.MEDIUM);
    assertThat(assessment.flags())
        .filteredOn(f -> f.kind() == FlagKind.CATALOGUE_ESTIMATE)
        .singleElement()
        .extracting(f -> dutch(f.text()))
        .isEqualTo(
            "De catalogus geeft de kerngegevens van Innovatiekrediet als schatting: controleer ze"
                + " bij de uitvoerder");
  }

  @Test
  void twoDoubtsMakeAMatchUncertain() {
    // GO: status after mid-2023 unconfirmed, estimated exclusions, cost not published
    CertaintyAssessment go = assessor.assess(instrument("go"), example);

    assertThat(go.certainty()).isEqualTo(Certainty.LOW);
    assertThat(go.flags())
        .extracting(Flag::kind)
        .containsExactly(
            FlagKind.STATUS_UNCONFIRMED, FlagKind.TERMS_ESTIMATED, FlagKind.COST_UNKNOWN);
  }

  @Test
  void namesTheEstimatedTermsInPlainWords() {
    CertaintyAssessment vff = assessor.assess(instrument("vff"), example);

    assertThat(vff.flags())
        .filteredOn(f -> f.kind() == FlagKind.TERMS_ESTIMATED)
        .singleElement()
        .extracting(f -> dutch(f.text()))
        .isEqualTo("Geschat: steunequivalent, kosten");
  }

  /** Innovatiekrediet as a catalogue entry with the given confidence and one terms override. */
  private static Instrument entry(String confidence, String termLine) {
    String yaml =
        "instruments:\n"
            + "  - id: innovatiekrediet\n"
            + "    name: Innovatiekrediet\n"
            + "    type: [loan]\n"
            + "    finances: [rd, product_innovation, process_innovation]\n"
            + "    confidence: "
            + confidence
            + "\n"
            + "    matching:\n"
            + "      "
            + termLine
            + "\n";
    return CatalogueReader.withShippedTerms()
        .read(yaml)
        .catalogue()
        .instrument("innovatiekrediet")
        .orElseThrow();
  }
}
