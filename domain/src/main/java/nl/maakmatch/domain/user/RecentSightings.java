package nl.maakmatch.domain.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which subjects this JVM wrote to the directory lately, and what their token said then, so a user
 * is written at most once per {@link #INTERVAL} and an ordinary request costs no write, while a
 * token that says something new (another address, role or language) is written at once.
 * Thread-safe; bounded, so a flood of distinct subjects cannot grow it without limit.
 */
public final class RecentSightings {

  public static final Duration INTERVAL = Duration.ofHours(1);

  static final int MAX_SUBJECTS = 10_000;

  private record Written(Instant at, Object said) {}

  private final Map<String, Written> lastWritten = new ConcurrentHashMap<>();
  private final Clock clock;

  public RecentSightings(Clock clock) {
    this.clock = clock;
  }

  /**
   * Whether the subject is due to be written: not seen by this JVM within the interval. A {@code
   * true} answer claims the slot, so of two requests at once only one writes.
   */
  public boolean claim(String subject) {
    return claim(subject, "");
  }

  /**
   * Whether the subject is due to be written: not seen by this JVM within the interval, or seen
   * with a token that said something else ({@code said} is compared by {@code equals}). A {@code
   * true} answer claims the slot, so of two requests at once only one writes.
   */
  public boolean claim(String subject, Object said) {
    Instant now = clock.instant();
    if (lastWritten.size() >= MAX_SUBJECTS) {
      lastWritten.values().removeIf(w -> !w.at().plus(INTERVAL).isAfter(now));
      if (lastWritten.size() >= MAX_SUBJECTS) {
        // all recent: forgetting them costs one more write each, never a wrong answer
        lastWritten.clear();
      }
    }
    boolean[] due = {false};
    lastWritten.compute(
        subject,
        (s, written) -> {
          if (written == null
              || !written.at().plus(INTERVAL).isAfter(now)
              || !written.said().equals(said)) {
            due[0] = true;
            return new Written(now, said);
          }
          return written;
        });
    return due[0];
  }

  /** The write failed: the next request of the subject tries again. */
  public void release(String subject) {
    lastWritten.remove(subject);
  }
}
