package nl.maakmatch.matching.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.maakmatch.matching.firm.Province;
import org.junit.jupiter.api.Test;

class MessageRendererTest {

  private static final Messages ELIGIBILITY =
      Messages.in("nl.maakmatch.matching.eligibility.messages");

  @Test
  void writesMoneySharesAndDatesTheWayEachLanguageReadsThem() {
    Message fits =
        ELIGIBILITY.get("amount.guaranteeFits", "BMKB", Money.of(1_200_000), Share.of(0.675));

    assertThat(MessageRenderer.dutch(fits))
        .isEqualTo(
            "BMKB kan garant staan voor een lening tot € 1.200.000 voor dit plan; de garantie"
                + " dekt 67,5% van de lening");
    assertThat(MessageRenderer.english(fits))
        .isEqualTo(
            "BMKB can guarantee a loan of up to €1,200,000 for this plan; the guarantee covers"
                + " 67.5% of the loan");
    assertThat(
            MessageRenderer.dutch(ELIGIBILITY.get("window.startAfter", LocalDate.of(2027, 6, 1))))
        .isEqualTo("met een start na 1 juni 2027");
  }

  @Test
  void aLanguageWithoutTextsYetStillGetsItsOwnMoneyAndPercentages() {
    MessageRenderer german = MessageRenderer.in(Locale.GERMAN);

    // its sentences fall back to Dutch until its bundle files are added; figures are its own
    assertThat(german.argument(Money.of(1_200_000))).isEqualTo("1.200.000\u00a0€");
    assertThat(german.argument(Share.of(0.675))).isEqualTo("67,5\u00a0%");
  }

  @Test
  void namesEnumsByTheirLabelAndJoinsListsWithTheLanguagesConjunction() {
    Listing provinces = Listing.and(List.of(Province.GE, Province.NB, Province.OV));

    assertThat(MessageRenderer.in(Locale.forLanguageTag("nl-BE")).render(message(provinces)))
        .isEqualTo("Gelderland, Noord-Brabant en Overijssel");
    assertThat(MessageRenderer.english(message(Listing.or(List.of(Province.NB, Province.LI)))))
        .isEqualTo("North Brabant or Limburg");
    assertThat(MessageRenderer.english(message(Listing.of(List.of("a", "b", "c")))))
        .isEqualTo("a, b, c");
  }

  @Test
  void showsATextFromTheDataInTheReadersLanguageOrElseTheOther() {
    assertThat(MessageRenderer.english(message(new DataText("gesloten", "closed"))))
        .isEqualTo("closed");
    assertThat(MessageRenderer.dutch(message(new DataText("gesloten", "closed"))))
        .isEqualTo("gesloten");
    assertThat(MessageRenderer.dutch(message(new DataText("", "closed")))).isEqualTo("closed");
  }

  /** A year is passed as text: as a number MessageFormat would write "2.027" in Dutch. */
  @Test
  void writesAYearPassedAsTextWithoutSeparator() {
    assertThat(MessageRenderer.dutch(ELIGIBILITY.get("investment.year", "2027")))
        .isEqualTo("in 2027");
  }

  /** The pattern "{0}" of a term without a name shows any single argument as it is. */
  private static Message message(Object argument) {
    return Messages.in("nl.maakmatch.matching.scoring.messages").get("term.unnamed", argument);
  }
}
