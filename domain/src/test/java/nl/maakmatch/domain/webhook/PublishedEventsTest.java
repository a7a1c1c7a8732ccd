package nl.maakmatch.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class PublishedEventsTest {

  private static final Instant OCCURRED = Instant.parse("2026-03-05T14:30:00.123456Z");

  @Test
  void readsARowAsTheDriverReturnsIt() {
    PublishedEvent event =
        PublishedEvents.fromRow(
            new Object[] {
              18L,
              "IntroductionOffered",
              EventFixtures.INTRODUCTION.toString(),
              "rabobank-demo",
              "OFFERED",
              Timestamp.from(OCCURRED),
              "FINANCIER",
              "OFFER",
              null,
              null,
              900_000L,
              "bmkb",
              new BigDecimal("4.250"),
              60,
              "Borgstelling via BMKB",
              Date.valueOf(LocalDate.of(2026, 4, 30))
            });

    assertThat(event).isEqualTo(EventFixtures.anOfferOfALoan(18));
  }

  @Test
  void readsARowWithoutOfferTermsAsAnEventWithoutOffer() {
    PublishedEvent event =
        PublishedEvents.fromRow(
            new Object[] {
              17L,
              "IntroductionRequested",
              EventFixtures.INTRODUCTION.toString(),
              "rabobank-demo",
              "REQUESTED",
              OffsetDateTime.parse("2026-03-02T10:00:00+01:00"),
              "FIRM",
              null,
              null,
              "Graag uw reactie op ons plan.",
              null,
              null,
              null,
              null,
              null,
              null
            });

    assertThat(event).isEqualTo(EventFixtures.anIntroductionRequested(17));
    assertThat(event.occurredAt().getOffset().getId()).isEqualTo("Z");
  }
}
