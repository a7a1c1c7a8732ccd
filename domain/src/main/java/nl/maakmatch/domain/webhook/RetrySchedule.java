package nl.maakmatch.domain.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When to try a refused delivery again, and when to give up on it. The wait doubles after each
 * failure, from {@code first} up to {@code longest}, so a receiver that is down for a minute hears
 * again within seconds and one that is down for hours is not flooded. After {@code giveUpAfter} of
 * failures on one event, that event is skipped so the ones after it flow again; it stays in the
 * log, where the receiver can fetch it.
 */
public record RetrySchedule(Duration first, Duration longest, Duration giveUpAfter) {

  /** 5 s, 10 s, 20 s … at most 10 minutes apart, for a day. */
  public static final RetrySchedule STANDARD =
      new RetrySchedule(Duration.ofSeconds(5), Duration.ofMinutes(10), Duration.ofHours(24));

  public RetrySchedule {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(longest, "longest");
    Objects.requireNonNull(giveUpAfter, "giveUpAfter");
    if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
      throw new IllegalArgumentException("waits must grow from a positive first one");
    }
  }

  /** The wait after the {@code failures}-th failure in a row (1 for the first). */
  public Duration waitAfter(int failures) {
    if (failures < 1) {
      throw new IllegalArgumentException("failures must be at least 1: " + failures);
    }
    Duration wait = first;
    for (int i = 1; i < failures && wait.compareTo(longest) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(longest) < 0 ? wait : longest;
  }

  public Instant nextAttempt(Instant now, int failures) {
    return now.plus(waitAfter(failures));
  }

  /** Whether an event that has failed since {@code failingSince} has failed for too long. */
  public boolean givesUp(Instant failingSince, Instant now) {
    return Duration.between(failingSince, now).compareTo(giveUpAfter) > 0;
  }
}
