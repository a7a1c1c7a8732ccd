package nl.maakmatch.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeliveryProgressTest {

  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  private static final RetrySchedule SCHEDULE = RetrySchedule.STANDARD;

  private final DeliveryProgress fresh = DeliveryProgress.startingAfter(16, NOW);

  @Test
  void startsAfterTheLatestEventAndIsDueAtOnce() {
    assertThat(fresh.deliveredUpTo()).isEqualTo(16);
    assertThat(fresh.nextAttemptAt()).isEqualTo(NOW);
    assertThat(fresh.failing()).isFalse();
  }

  @Test
  void movesPastAnAcceptedEventAndStaysDue() {
    DeliveryProgress after = fresh.accepted(17, 204, NOW.plusSeconds(1));

    assertThat(after.deliveredUpTo()).isEqualTo(17);
    assertThat(after.nextAttemptAt()).isEqualTo(NOW.plusSeconds(1));
    assertThat(after.lastStatus()).isEqualTo(204);
    assertThat(after.lastAttemptAt()).isEqualTo(NOW.plusSeconds(1));
  }

  @Test
  void staysOnARefusedEventAndWaitsLongerAfterEachFailure() {
    DeliveryProgress once = fresh.failed(17, 503, "HTTP 503", NOW, SCHEDULE);
    DeliveryProgress twice = once.failed(17, 503, "HTTP 503", NOW.plusSeconds(5), SCHEDULE);

    assertThat(once.deliveredUpTo()).isEqualTo(16);
    assertThat(once.attempts()).isEqualTo(1);
    assertThat(once.failingSince()).isEqualTo(NOW);
    assertThat(once.nextAttemptAt()).isEqualTo(NOW.plusSeconds(5));
    assertThat(twice.attempts()).isEqualTo(2);
    assertThat(twice.failingSince()).isEqualTo(NOW);
    assertThat(twice.nextAttemptAt()).isEqualTo(NOW.plusSeconds(5 + 10));
    assertThat(twice.lastError()).isEqualTo("HTTP 503");
    assertThat(twice.lastErrorEvent()).isEqualTo(17);
  }

  @Test
  void keepsTheLastErrorOnRecordAfterTheReceiverRecovers() {
    DeliveryProgress recovered =
        fresh
            .failed(17, null, "ConnectException", NOW, SCHEDULE)
            .accepted(17, 200, NOW.plusSeconds(5));

    assertThat(recovered.failing()).isFalse();
    assertThat(recovered.failingSince()).isNull();
    assertThat(recovered.deliveredUpTo()).isEqualTo(17);
    assertThat(recovered.lastError()).isEqualTo("ConnectException");
    assertThat(recovered.lastErrorAt()).isEqualTo(NOW);
    assertThat(recovered.lastStatus()).isEqualTo(200);
  }

  @Test
  void skipsAnEventThatHasFailedForMoreThanADaySoTheNextOnesFlow() {
    DeliveryProgress failingADay =
        fresh
            .failed(17, 503, "HTTP 503", NOW, SCHEDULE)
            .failed(17, 503, "HTTP 503", NOW.plus(Duration.ofHours(24)), SCHEDULE);
    assertThat(failingADay.deliveredUpTo()).isEqualTo(16);

    Instant later = NOW.plus(Duration.ofHours(24)).plusSeconds(600);
    DeliveryProgress skipped = failingADay.failed(17, 500, "HTTP 500", later, SCHEDULE);

    assertThat(skipped.deliveredUpTo()).isEqualTo(17);
    assertThat(skipped.lastSkippedEvent()).isEqualTo(17);
    assertThat(skipped.failing()).isFalse();
    assertThat(skipped.nextAttemptAt()).isEqualTo(later);
    assertThat(skipped.lastError()).isEqualTo("HTTP 500");
    assertThat(skipped.lastErrorEvent()).isEqualTo(17);
  }

  @Test
  void triesAFailingEventAgainAtOnceWhenAMemberChangesTheWebhook() {
    DeliveryProgress failing =
        fresh
            .failed(17, 503, "HTTP 503", NOW, SCHEDULE)
            .failed(17, 503, "HTTP 503", NOW.plusSeconds(5), SCHEDULE);

    DeliveryProgress retried = failing.retriedAt(NOW.plusSeconds(7));

    assertThat(retried.deliveredUpTo()).isEqualTo(16);
    assertThat(retried.failing()).isFalse();
    assertThat(retried.failingSince()).isNull();
    assertThat(retried.nextAttemptAt()).isEqualTo(NOW.plusSeconds(7));
    assertThat(retried.lastError()).isEqualTo("HTTP 503");
  }

  @Test
  void keepsNoMoreOfAnErrorThanItsColumnHolds() {
    DeliveryProgress failed = fresh.failed(17, null, "x".repeat(2_000), NOW, SCHEDULE);

    assertThat(failed.lastError()).hasSize(DeliveryProgress.MAX_ERROR).endsWith("…");
  }

  @Test
  void refusesFailuresWithoutTheirStart() {
    assertThatThrownBy(
            () -> new DeliveryProgress(16, NOW, 2, null, null, null, null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
