package nl.maakmatch.domain.webhook;

import java.util.Objects;

/** What became of posting one event to a receiver. */
public sealed interface DeliveryAttempt permits DeliveryAttempt.Accepted, DeliveryAttempt.Failed {

  /** The receiver answered with a 2xx status: it has the event. */
  record Accepted(int status) implements DeliveryAttempt {
    public Accepted {
      if (status < 200 || status > 299) {
        throw new IllegalArgumentException("not a 2xx status: " + status);
      }
    }
  }

  /**
   * The receiver answered with another status, or not at all.
   *
   * @param status its status, or null when it did not answer (no connection, a timeout)
   * @param error what went wrong, as the transport says it (e.g. {@code HTTP 503}): for the
   *     receiver's developers, not translated
   */
  record Failed(Integer status, String error) implements DeliveryAttempt {
    public Failed {
      Objects.requireNonNull(error, "error");
    }
  }
}
