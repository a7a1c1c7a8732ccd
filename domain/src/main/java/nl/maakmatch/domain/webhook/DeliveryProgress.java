package nl.maakmatch.domain.webhook;

import java.time.Instant;
import java.util.Objects;

/**
 * How far a webhook's deliveries have come, and how the latest ones went: the worker's part of a
 * {@link Webhook}, which it writes under the row lock without changing the version members name in
 * If-Match.
 *
 * <p>Invariants: {@code attempts} counts the failures in a row on the event after {@code
 * deliveredUpTo}, and {@code failingSince} is set exactly when it is above 0; the last error stays
 * on record after later successes, with the event and time it happened.
 *
 * @param deliveredUpTo the id of the last event the receiver accepted, or skipped
 * @param nextAttemptAt when the worker may post next
 * @param attempts the failed attempts in a row on the next event
 * @param failingSince when the first of those failed, or null
 * @param lastStatus the receiver's status at the last attempt, or null (no answer, no attempt)
 * @param lastAttemptAt when the worker last posted, or null
 * @param lastError what went wrong at the last failure, or null if none ever did
 * @param lastErrorAt when that was
 * @param lastErrorEvent the event it failed on
 * @param lastSkippedEvent the last event given up on after a day of failures, or null
 */
public record DeliveryProgress(
    long deliveredUpTo,
    Instant nextAttemptAt,
    int attempts,
    Instant failingSince,
    Integer lastStatus,
    Instant lastAttemptAt,
    String lastError,
    Instant lastErrorAt,
    Long lastErrorEvent,
    Long lastSkippedEvent) {

  /** The longest error text kept (the column's width). */
  static final int MAX_ERROR = 500;

  public DeliveryProgress {
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    if (attempts < 0 || (attempts > 0) != (failingSince != null)) {
      throw new IllegalArgumentException("attempts and failingSince disagree");
    }
    if (lastError != null && lastError.length() > MAX_ERROR) {
      lastError = lastError.substring(0, MAX_ERROR - 1) + "…";
    }
  }

  /** Nothing delivered yet: the next event after {@code lastId} is due at once. */
  public static DeliveryProgress startingAfter(long lastId, Instant now) {
    return new DeliveryProgress(lastId, now, 0, null, null, null, null, null, null, null);
  }

  /**
   * Try the next event at once, as if it had not failed yet: after a member changed the address or
   * secret, which may be what fixes the failures. Where it has come and the last error stay.
   */
  public DeliveryProgress retriedAt(Instant now) {
    return new DeliveryProgress(
        deliveredUpTo,
        now,
        0,
        null,
        lastStatus,
        lastAttemptAt,
        lastError,
        lastErrorAt,
        lastErrorEvent,
        lastSkippedEvent);
  }

  /** Whether deliveries are failing now. */
  public boolean failing() {
    return attempts > 0;
  }

  /** The receiver accepted event {@code eventId}: the next one is due at once. */
  public DeliveryProgress accepted(long eventId, int status, Instant now) {
    return new DeliveryProgress(
        eventId,
        now,
        0,
        null,
        status,
        now,
        lastError,
        lastErrorAt,
        lastErrorEvent,
        lastSkippedEvent);
  }

  /**
   * The receiver refused event {@code eventId} or did not answer: try it again after the schedule's
   * wait, or, when it has failed for longer than the schedule allows, skip it so the next one is
   * due at once.
   */
  public DeliveryProgress failed(
      long eventId, Integer status, String error, Instant now, RetrySchedule schedule) {
    Instant since = failingSince == null ? now : failingSince;
    if (schedule.givesUp(since, now)) {
      return new DeliveryProgress(eventId, now, 0, null, status, now, error, now, eventId, eventId);
    }
    int failures = attempts + 1;
    return new DeliveryProgress(
        deliveredUpTo,
        schedule.nextAttempt(now, failures),
        failures,
        since,
        status,
        now,
        error,
        now,
        eventId,
        lastSkippedEvent);
  }
}
