package nl.maakmatch.api.organisation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.maakmatch.domain.webhook.DeliveryProgress;
import nl.maakmatch.domain.webhook.Webhook;
import nl.maakmatch.domain.webhook.WebhookSecret;

/**
 * An organisation's webhook as its members and administrators see it: never its secret, only
 * whether one is set and its last four characters, so members can tell which one it is.
 */
public record WebhookView(
    String organisation,
    String url,
    boolean active,
    boolean secretSet,
    String secretEnding,
    Delivery delivery,
    OffsetDateTime updatedAt,
    String updatedBy,
    long version) {

  /**
   * How far the deliveries have come: the last event the receiver accepted (or that was skipped
   * after a day of failures), whether they are failing now, and the last error on record.
   */
  public record Delivery(
      long deliveredUpTo,
      OffsetDateTime nextAttemptAt,
      boolean failing,
      int failedAttempts,
      OffsetDateTime failingSince,
      Integer lastStatus,
      OffsetDateTime lastAttemptAt,
      String lastError,
      OffsetDateTime lastErrorAt,
      Long lastErrorEvent,
      Long lastSkippedEvent) {

    static Delivery of(DeliveryProgress p) {
      return new Delivery(
          p.deliveredUpTo(),
          utc(p.nextAttemptAt()),
          p.failing(),
          p.attempts(),
          utc(p.failingSince()),
          p.lastStatus(),
          utc(p.lastAttemptAt()),
          p.lastError(),
          utc(p.lastErrorAt()),
          p.lastErrorEvent(),
          p.lastSkippedEvent());
    }
  }

  public static WebhookView of(Webhook webhook) {
    return new WebhookView(
        webhook.organisation(),
        webhook.url().toString(),
        webhook.active(),
        webhook.secret().isPresent(),
        webhook.secret().map(WebhookSecret::ending).orElse(null),
        Delivery.of(webhook.progress()),
        webhook.updatedAt(),
        webhook.updatedBy(),
        webhook.version());
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
