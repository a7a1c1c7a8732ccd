package nl.maakmatch.domain.webhook;

import static nl.maakmatch.domain.webhook.EventFixtures.anIntroductionRequested;
import static nl.maakmatch.domain.webhook.EventFixtures.anOfferOfALoan;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PublishedEventJsonTest {

  @Test
  void writesEveryFieldInTheContractsOrderWithNullsWhereNothingApplies() {
    assertThat(json(anIntroductionRequested(17)))
        .isEqualTo(
            "{\"id\":17,\"type\":\"IntroductionRequested\","
                + "\"introductionId\":\"00000000-0000-4000-8000-0000000001a1\","
                + "\"organisation\":\"rabobank-demo\",\"state\":\"REQUESTED\","
                + "\"occurredAt\":\"2026-03-02T09:00:00Z\",\"party\":\"FIRM\","
                + "\"answerKind\":null,\"reason\":null,"
                + "\"text\":\"Graag uw reactie op ons plan.\",\"offer\":null}");
  }

  @Test
  void writesAnOffersTermsWithTheRateAsADecimalAndTheDateAsText() {
    assertThat(json(anOfferOfALoan(18)))
        .contains("\"occurredAt\":\"2026-03-05T14:30:00.123456Z\"")
        .endsWith(
            "\"offer\":{\"amountEur\":900000,\"instrumentId\":\"bmkb\","
                + "\"annualRatePercent\":4.250,\"termMonths\":60,"
                + "\"conditions\":\"Borgstelling via BMKB\",\"validUntil\":\"2026-04-30\"}}");
  }

  private static String json(PublishedEvent event) {
    return new String(PublishedEventJson.bytes(event), StandardCharsets.UTF_8);
  }
}
