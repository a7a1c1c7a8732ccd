package nl.maakmatch.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

  private static final RetrySchedule SCHEDULE = RetrySchedule.STANDARD;
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void doublesTheWaitFromFiveSecondsUpToTenMinutes() {
    assertThat(IntStream.rangeClosed(1, 10).mapToObj(SCHEDULE::waitAfter).map(Duration::toSeconds))
        .containsExactly(5L, 10L, 20L, 40L, 80L, 160L, 320L, 600L, 600L, 600L);
  }

  @Test
  void staysAtTheLongestWaitHoweverManyFailures() {
    assertThat(SCHEDULE.waitAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void schedulesTheNextAttemptAfterTheWait() {
    assertThat(SCHEDULE.nextAttempt(NOW, 3)).isEqualTo(NOW.plusSeconds(20));
  }

  @Test
  void givesUpOnAnEventOnlyAfterMoreThanADayOfFailures() {
    Instant since = NOW.minus(Duration.ofHours(24));
    assertThat(SCHEDULE.givesUp(since, NOW)).isFalse();
    assertThat(SCHEDULE.givesUp(since, NOW.plusSeconds(1))).isTrue();
    assertThat(SCHEDULE.givesUp(NOW, NOW)).isFalse();
  }

  @Test
  void triesAnEventAboutOneHundredAndFiftyTimesInItsDay() {
    Instant since = NOW;
    Instant at = NOW;
    int failures = 0;
    while (!SCHEDULE.givesUp(since, at)) {
      failures++;
      at = SCHEDULE.nextAttempt(at, failures);
    }
    // 7 quick retries in the first 5 minutes, then one every 10 minutes
    assertThat(failures).isBetween(145, 150);
  }
}
