package nl.maakmatch.api.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.maakmatch.api.JsonMapping;
import nl.maakmatch.domain.webhook.PublishedEvent;
import nl.maakmatch.domain.webhook.PublishedEventJson;
import org.junit.jupiter.api.Test;

/**
 * The event log's answer and a webhook's body are one contract: the API's JSON settings (which
 * leave out nulls elsewhere) write an event exactly as the webhook does.
 */
class EventShapeTest {

  private static final UUID INTRODUCTION = UUID.fromString("00000000-0000-4000-8000-0000000001a1");

  @Test
  void theLogWritesAnEventWithoutOfferAsTheWebhookDoes() throws Exception {
    PublishedEvent requested =
        new PublishedEvent(
            17,
            "IntroductionRequested",
            INTRODUCTION,
            "rabobank-demo",
            "REQUESTED",
            OffsetDateTime.parse("2026-03-02T09:00:00Z"),
            "FIRM",
            null,
            null,
            null,
            null);

    assertThat(JsonMapping.mapper().writeValueAsString(requested))
        .isEqualTo(webhookBody(requested))
        .contains("\"offer\":null", "\"text\":null");
  }

  @Test
  void theLogWritesAnOfferAsTheWebhookDoes() throws Exception {
    PublishedEvent offered =
        new PublishedEvent(
            18,
            "IntroductionOffered",
            INTRODUCTION,
            "rabobank-demo",
            "OFFERED",
            OffsetDateTime.parse("2026-03-05T14:30:00.123456Z"),
            "FINANCIER",
            "OFFER",
            null,
            "Zie de voorwaarden.",
            new PublishedEvent.Offer(
                900_000L, "bmkb", new BigDecimal("4.250"), 60, null, LocalDate.of(2026, 4, 30)));

    assertThat(JsonMapping.mapper().writeValueAsString(offered)).isEqualTo(webhookBody(offered));
  }

  private static String webhookBody(PublishedEvent event) {
    return new String(PublishedEventJson.bytes(event), StandardCharsets.UTF_8);
  }
}
