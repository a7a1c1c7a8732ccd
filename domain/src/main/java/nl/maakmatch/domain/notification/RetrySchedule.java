package nl.maakmatch.domain.notification;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * When to try a mail again after a failed attempt: after {@link #FIRST_PAUSE}, then twice as long
 * each time, at most {@link #LONGEST_PAUSE}; a mail not sent within {@link #GIVE_UP_AFTER} of being
 * written is given up (a notice that late is stale, and the notification in the app remains).
 * Pauses: 10 s, 20 s, 40 s, 80 s, 160 s, 320 s, 640 s, then every 15 min; a last try falls on the
 * deadline itself.
 */
public final class RetrySchedule {

  public static final Duration FIRST_PAUSE = Duration.ofSeconds(10);
  public static final Duration LONGEST_PAUSE = Duration.ofMinutes(15);
  public static final Duration GIVE_UP_AFTER = Duration.ofHours(24);

  private RetrySchedule() {}

  /** The pause after the {@code failures}-th failed attempt (1 for the first). */
  public static Duration pauseAfter(int failures) {
    if (failures < 1) {
      throw new IllegalArgumentException("a pause follows a failure: " + failures);
    }
    // 10 s × 2^7 is already past the cap: no need to shift further (and overflow)
    int doublings = Math.min(failures - 1, 7);
    Duration pause = FIRST_PAUSE.multipliedBy(1L << doublings);
    return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
  }

  /**
   * When to try again after the {@code failures}-th failure at {@code now} of a mail written at
   * {@code written}; empty when it is time to give up.
   */
  public static Optional<OffsetDateTime> nextAttempt(
      OffsetDateTime written, int failures, OffsetDateTime now) {
    OffsetDateTime deadline = written.plus(GIVE_UP_AFTER);
    if (!now.isBefore(deadline)) {
      return Optional.empty();
    }
    OffsetDateTime next = now.plus(pauseAfter(failures));
    return Optional.of(next.isAfter(deadline) ? deadline : next);
  }
}
