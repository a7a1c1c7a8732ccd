package nl.maakmatch.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.IntStream;
import nl.maakmatch.domain.fixtures.Time;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

  private static final OffsetDateTime WRITTEN = Time.NOW.atOffset(ZoneOffset.UTC);

  @Test
  void doublesThePauseFromTenSecondsUpToAQuarterOfAnHour() {
    assertThat(IntStream.rangeClosed(1, 10).mapToObj(RetrySchedule::pauseAfter))
        .containsExactly(
            Duration.ofSeconds(10),
            Duration.ofSeconds(20),
            Duration.ofSeconds(40),
            Duration.ofSeconds(80),
            Duration.ofSeconds(160),
            Duration.ofSeconds(320),
            Duration.ofSeconds(640),
            Duration.ofMinutes(15),
            Duration.ofMinutes(15),
            Duration.ofMinutes(15));
    assertThat(RetrySchedule.pauseAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void triesAgainAfterThePauseThatFollowsTheFailure() {
    OffsetDateTime failedAt = WRITTEN.plusMinutes(3);

    assertThat(RetrySchedule.nextAttempt(WRITTEN, 3, failedAt)).contains(failedAt.plusSeconds(40));
  }

  @Test
  void makesALastTryOnTheDeadlineAndGivesUpADayAfterTheMailWasWritten() {
    OffsetDateTime deadline = WRITTEN.plusHours(24);

    assertThat(RetrySchedule.nextAttempt(WRITTEN, 90, deadline.minusMinutes(5))).contains(deadline);
    assertThat(RetrySchedule.nextAttempt(WRITTEN, 91, deadline)).isEmpty();
    assertThat(RetrySchedule.nextAttempt(WRITTEN, 91, deadline.plusHours(2))).isEmpty();
  }

  @Test
  void knowsNoPauseBeforeAFailure() {
    assertThatThrownBy(() -> RetrySchedule.pauseAfter(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
