package nl.maakmatch.domain.webhook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Events of the bank's log, as the deal flow writes them. */
final class EventFixtures {

  static final String THE_BANK = "rabobank-demo";
  static final UUID INTRODUCTION = UUID.fromString("00000000-0000-4000-8000-0000000001a1");

  private EventFixtures() {}

  /** A firm introduced a plan to the bank: no answer, no offer. */
  static PublishedEvent anIntroductionRequested(long id) {
    return new PublishedEvent(
        id,
        "IntroductionRequested",
        INTRODUCTION,
        THE_BANK,
        "REQUESTED",
        OffsetDateTime.parse("2026-03-02T09:00:00Z"),
        "FIRM",
        null,
        null,
        "Graag uw reactie op ons plan.",
        null);
  }

  /** The bank offered a loan of EUR 900,000. */
  static PublishedEvent anOfferOfALoan(long id) {
    return new PublishedEvent(
        id,
        "IntroductionOffered",
        INTRODUCTION,
        THE_BANK,
        "OFFERED",
        OffsetDateTime.parse("2026-03-05T14:30:00.123456Z"),
        "FINANCIER",
        "OFFER",
        null,
        null,
        new PublishedEvent.Offer(
            900_000L,
            "bmkb",
            new BigDecimal("4.250"),
            60,
            "Borgstelling via BMKB",
            LocalDate.of(2026, 4, 30)));
  }
}
