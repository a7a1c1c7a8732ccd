package nl.maakmatch.domain.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The worker's rounds: every few seconds the scheduler asks which webhooks are {@link #due}, and
 * has each {@link #deliverTo delivered to} in a transaction of its own.
 *
 * <p>A round posts the events after the webhook's last delivered one, one per request, in the order
 * of the log, until the receiver refuses one (then it waits as {@link RetrySchedule} says), the
 * batch is done or the round has taken long enough. It holds the webhook's row lock throughout, so
 * no other node delivers to the same webhook meanwhile and no event is posted twice by two nodes;
 * an event is posted again only when the receiver's 2xx did not reach us, so receivers should treat
 * {@code X-MaakMatch-Event-Id} as the key of an idempotent write.
 */
@ApplicationScoped
public class WebhookDelivery {

  /** The most events one round posts to one receiver. */
  static final int BATCH = 20;

  /** A round starts no new post after this long, so that the lock and connection are let go. */
  static final Duration ROUND = Duration.ofSeconds(30);

  /** The most webhooks looked at per tick; the rest are next. */
  static final int WEBHOOKS_PER_TICK = 50;

  static final String EVENT_ID_HEADER = "X-MaakMatch-Event-Id";

  private static final Logger LOG = Logger.getLogger(WebhookDelivery.class.getName());

  @Inject Webhooks webhooks;
  @Inject PublishedEvents log;
  @Inject WebhookTransport transport;
  @Inject Clock clock;

  /** The organisations whose webhook has events waiting and may be posted to now. */
  @Transactional
  public List<String> due() {
    return webhooks.due(clock.instant(), WEBHOOKS_PER_TICK);
  }

  /**
   * One round for the organisation's webhook, if it is still due and no one else holds it. Returns
   * how many events the receiver accepted.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int deliverTo(String organisation) {
    Instant began = clock.instant();
    Optional<Webhook> locked = webhooks.lockIfDue(organisation, began);
    if (locked.isEmpty()) {
      return 0;
    }
    Webhook webhook = locked.get();
    WebhookSecret secret =
        webhook
            .secret()
            .orElseThrow(() -> new IllegalStateException("an active webhook without a secret"));
    DeliveryProgress before = webhook.progress();
    DeliveryProgress progress = before;
    int accepted = 0;
    for (PublishedEvent event : log.after(organisation, before.deliveredUpTo(), BATCH)) {
      byte[] body = PublishedEventJson.bytes(event);
      DeliveryAttempt attempt =
          transport.post(webhook.url().uri(), body, headers(secret, body, event));
      Instant now = clock.instant();
      if (attempt instanceof DeliveryAttempt.Accepted ok) {
        progress = progress.accepted(event.id(), ok.status(), now);
        accepted++;
      } else {
        DeliveryAttempt.Failed failed = (DeliveryAttempt.Failed) attempt;
        progress =
            progress.failed(
                event.id(), failed.status(), failed.error(), now, RetrySchedule.STANDARD);
        logFailure(organisation, event, failed, progress);
        break;
      }
      if (Duration.between(began, now).compareTo(ROUND) > 0) {
        break;
      }
    }
    if (!progress.equals(before)) {
      webhooks.record(organisation, progress);
    }
    if (accepted > 0) {
      LOG.fine("event=webhook.delivered organisation=" + organisation + " events=" + accepted);
    }
    return accepted;
  }

  /** The headers of one delivery: its type, the event's id, and the body's signature. */
  static Map<String, String> headers(WebhookSecret secret, byte[] body, PublishedEvent event) {
    return Map.of(
        "Content-Type",
        "application/json",
        EVENT_ID_HEADER,
        Long.toString(event.id()),
        WebhookSignature.HEADER,
        WebhookSignature.of(secret.value(), body));
  }

  private static void logFailure(
      String organisation,
      PublishedEvent event,
      DeliveryAttempt.Failed failed,
      DeliveryProgress progress) {
    boolean skipped = progress.deliveredUpTo() == event.id();
    LOG.info(
        () ->
            "event="
                + (skipped ? "webhook.skipped" : "webhook.failed")
                + " organisation="
                + organisation
                + " eventId="
                + event.id()
                + " status="
                + failed.status()
                + " attempts="
                + progress.attempts()
                + " nextAttemptAt="
                + progress.nextAttemptAt());
  }
}
