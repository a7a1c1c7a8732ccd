package nl.maakmatch.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import nl.maakmatch.domain.fixtures.Time;
import org.junit.jupiter.api.Test;

class WebhookTest {

  private static final WebhookUrl RECEIVER = WebhookUrl.parse("https://bank.example/hook", false);
  private static final WebhookUrl NEW_RECEIVER =
      WebhookUrl.parse("https://bank.example/hook/v2", false);
  private static final WebhookSecret SECRET = new WebhookSecret("a-secret-of-16-chars");
  private static final WebhookSecret NEW_SECRET = new WebhookSecret("another-secret-16ch");

  private final Clock clock = Time.fixedClock();

  @Test
  void startsAfterTheOrganisationsLatestEventNotWithItsHistory() {
    Webhook webhook = Webhook.set("rabobank-demo", RECEIVER, SECRET, 41, "daan", clock);

    assertThat(webhook.active()).isTrue();
    assertThat(webhook.progress().deliveredUpTo()).isEqualTo(41);
    assertThat(webhook.progress().nextAttemptAt()).isEqualTo(Time.NOW);
    assertThat(webhook.secret()).contains(SECRET);
    assertThat(webhook.updatedBy()).isEqualTo("daan");
  }

  @Test
  void goesOnFromWhereItIsWhenAMemberChangesIt() {
    Webhook webhook = Webhook.set("rabobank-demo", RECEIVER, SECRET, 41, "daan", clock);

    webhook.change(NEW_RECEIVER, NEW_SECRET, 60, "eva", Time.later(Duration.ofMinutes(1)));

    assertThat(webhook.progress().deliveredUpTo()).isEqualTo(41);
    assertThat(webhook.progress().nextAttemptAt()).isEqualTo(Time.NOW.plusSeconds(60));
    assertThat(webhook.url()).isEqualTo(NEW_RECEIVER);
    assertThat(webhook.secret()).contains(NEW_SECRET);
    assertThat(webhook.updatedBy()).isEqualTo("eva");
  }

  @Test
  void forgetsItsSecretWhenStopped() {
    Webhook webhook = Webhook.set("rabobank-demo", RECEIVER, SECRET, 41, "daan", clock);

    webhook.stop("daan", clock);

    assertThat(webhook.active()).isFalse();
    assertThat(webhook.secret()).isEmpty();
    assertThat(webhook.url()).isEqualTo(RECEIVER);
  }

  @Test
  void startsAfterTheLatestEventAgainWhenSetAfterStopping() {
    Webhook webhook = Webhook.set("rabobank-demo", RECEIVER, SECRET, 41, "daan", clock);
    webhook.stop("daan", clock);

    webhook.change(RECEIVER, NEW_SECRET, 60, "daan", clock);

    assertThat(webhook.active()).isTrue();
    assertThat(webhook.progress().deliveredUpTo()).isEqualTo(60);
    assertThat(webhook.secret()).contains(NEW_SECRET);
  }
}
