package nl.maakmatch.domain.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the mails that are due, one batch per call (a background worker calls it every few
 * seconds). A mail that fails is tried again as {@link RetrySchedule} says. When the server cannot
 * be reached, the rest of the batch is not tried (it would fail the same way) but rescheduled
 * likewise. A server that is down is logged as one warning, repeated at most every {@link
 * #WARN_AGAIN_AFTER} while it stays down, not as an error per mail; its return is logged too.
 */
@ApplicationScoped
public class MailDelivery {

  /** Mails taken at once. */
  public static final int BATCH = 20;

  /** Long enough to send a batch with a slow server ({@link SmtpTransport#TIMEOUT_MILLIS}). */
  static final Duration LEASE = Duration.ofMinutes(5);

  static final Duration WARN_AGAIN_AFTER = Duration.ofMinutes(15);

  private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

  @Inject MailOutbox outbox;
  @Inject MailTransport transport;
  @Inject Clock clock;

  private Instant warned;

  /** Sends what is due now; how many mails were sent. */
  public synchronized int deliverDue() {
    List<MailToSend> due = outbox.takeDue(BATCH, LEASE, clock);
    int sent = 0;
    MailNotSent unavailable = null;
    for (MailToSend mail : due) {
      if (unavailable != null) {
        record(mail, unavailable);
        continue;
      }
      try {
        transport.send(mail);
      } catch (MailNotSent failure) {
        record(mail, failure);
        if (failure.serverUnavailable()) {
          unavailable = failure;
        } else {
          LOG.warning(
              () ->
                  "event=mail.refused mail="
                      + mail.id()
                      + " cause="
                      + failure.why()
                      + " reason="
                      + failure.getMessage());
        }
        continue;
      }
      sent++;
      try {
        outbox.recordSent(mail.id(), clock);
      } catch (RuntimeException e) {
        // sent, but not noted: it goes again once its lease ends (at least once, never lost)
        LOG.log(Level.WARNING, "event=mail.sentUnrecorded mail=" + mail.id(), e);
      }
    }
    noteServer(unavailable, due.size(), sent);
    return sent;
  }

  private void record(MailToSend mail, MailNotSent failure) {
    try {
      outbox.recordFailure(mail.id(), failure, clock);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "event=mail.failureUnrecorded mail=" + mail.id(), e);
    }
  }

  private void noteServer(MailNotSent unavailable, int due, int sent) {
    Instant now = clock.instant();
    if (unavailable != null) {
      if (warned == null || !warned.plus(WARN_AGAIN_AFTER).isAfter(now)) {
        LOG.warning(
            "event=mail.serverUnavailable due="
                + due
                + " reason="
                + unavailable.getMessage()
                + " (mails are kept and tried again; the actions that wrote them are not"
                + " affected)");
        warned = now;
      }
    } else if (warned != null && sent > 0) {
      LOG.info("event=mail.serverBack sent=" + sent);
      warned = null;
    }
  }
}
