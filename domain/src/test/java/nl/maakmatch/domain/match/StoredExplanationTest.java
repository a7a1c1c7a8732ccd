package nl.maakmatch.domain.match;

import static nl.maakmatch.domain.fixtures.FirmFixtures.ITS_KVK_NUMBER;
import static nl.maakmatch.domain.fixtures.FirmFixtures.aSmallMachineBuilder;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import nl.maakmatch.domain.firm.Firm;
import nl.maakmatch.domain.fixtures.PlanFixtures;
import nl.maakmatch.domain.fixtures.Time;
import nl.maakmatch.domain.match.MatchExplanation.ExplainedInstrument;
import nl.maakmatch.matching.MatchOptions;
import nl.maakmatch.matching.MatchResult;
import nl.maakmatch.matching.MatchingEngine;
import nl.maakmatch.matching.catalogue.CatalogueReader;
import org.junit.jupiter.api.Test;

/**
 * A stored match keeps what it said in Dutch and English, so a financier reading it months later
 * sees the firm's reasons in the reader's own language.
 */
class StoredExplanationTest {

  private final MatchResult result =
      new MatchingEngine(CatalogueReader.shipped(), Time.fixedClock())
          .match(
              Firm.register(ITS_KVK_NUMBER, aSmallMachineBuilder(), "anna", Time.fixedClock())
                  .profile(Time.TODAY),
              PlanFixtures.aSubmittedPlan().profile(),
              MatchOptions.defaults());

  private final String stored = StoredExplanation.of(result);

  @Test
  void keepsEveryInstrumentWithItsReasonsInBothLanguages() {
    MatchExplanation dutch = StoredExplanation.read(stored, Locale.forLanguageTag("nl"));
    MatchExplanation english = StoredExplanation.read(stored, Locale.ENGLISH);

    assertThat(dutch.instruments()).hasSameSizeAs(result.instruments());
    assertThat(english.instruments())
        .extracting(ExplainedInstrument::id)
        .containsExactlyElementsOf(
            dutch.instruments().stream().map(ExplainedInstrument::id).toList());
    ExplainedInstrument bmkbDutch = byId(dutch, "bmkb");
    ExplainedInstrument bmkbEnglish = byId(english, "bmkb");
    assertThat(bmkbDutch.eligibility()).isEqualTo("ELIGIBLE");
    assertThat(bmkbDutch.reasons()).isNotEmpty().noneMatch(String::isBlank);
    assertThat(bmkbEnglish.reasons()).hasSameSizeAs(bmkbDutch.reasons());
    assertThat(bmkbEnglish.reasons().get(0)).isNotEqualTo(bmkbDutch.reasons().get(0));
    assertThat(english.sizeClassReasoning()).startsWith("SMALL");
    assertThat(dutch.sizeClassReasoning()).startsWith("KLEIN");
  }

  @Test
  void anIneligibleInstrumentKeepsWhatWouldMakeItFit() {
    MatchExplanation english = StoredExplanation.read(stored, Locale.ENGLISH);

    assertThat(english.instruments())
        .filteredOn(i -> i.eligibility().equals("NOT_ELIGIBLE"))
        .isNotEmpty()
        .allSatisfy(i -> assertThat(i.unmet()).isNotEmpty());
  }

  @Test
  void aReaderInAnotherLanguageReadsDutch() {
    assertThat(StoredExplanation.read(stored, Locale.GERMAN))
        .isEqualTo(StoredExplanation.read(stored, Locale.forLanguageTag("nl")));
  }

  private static ExplainedInstrument byId(MatchExplanation explanation, String id) {
    return explanation.instruments().stream()
        .filter(i -> i.id().equals(id))
        .findFirst()
        .orElseThrow();
  }
}
