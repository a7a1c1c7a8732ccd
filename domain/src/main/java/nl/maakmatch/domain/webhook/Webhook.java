package nl.maakmatch.domain.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an organisation's events are posted, and how far they have come (aggregate root; one per
 * organisation, by its code).
 *
 * <p>Invariants: an active webhook has an address and a secret; a stopped one keeps its address and
 * delivery state for the record but no secret. Whenever it is (re)started it delivers the events
 * after the organisation's latest one at that moment, never its history: that is in the log. Its
 * version changes with what members set, not with deliveries, so a member's If-Match is not spoiled
 * by the worker every few seconds.
 */
@Entity
@Table(name = "webhook")
public class Webhook {

  @Id private String organisation;

  @Column(nullable = false)
  private String url;

  private String secret;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "delivered_up_to", nullable = false)
  private long deliveredUpTo;

  @Column(name = "next_attempt_at", nullable = false)
  private OffsetDateTime nextAttemptAt;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "failing_since")
  private OffsetDateTime failingSince;

  @Column(name = "last_status")
  private Integer lastStatus;

  @Column(name = "last_attempt_at")
  private OffsetDateTime lastAttemptAt;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "last_error_at")
  private OffsetDateTime lastErrorAt;

  @Column(name = "last_error_event")
  private Long lastErrorEvent;

  @Column(name = "last_skipped_event")
  private Long lastSkippedEvent;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Version
  @Column(name = "lock_version")
  private long lockVersion;

  protected Webhook() {}

  /**
   * A member sets the organisation's first webhook: it delivers the events after {@code lastId}.
   */
  static Webhook set(
      String organisation,
      WebhookUrl url,
      WebhookSecret secret,
      long lastId,
      String by,
      Clock clock) {
    Webhook webhook = new Webhook();
    webhook.organisation = Objects.requireNonNull(organisation);
    webhook.change(url, secret, lastId, by, clock);
    return webhook;
  }

  /**
   * A member sets a new address or secret. A running webhook goes on from where it is, at once (the
   * new address may be the fix for the failures); a stopped one starts again after {@code lastId},
   * the organisation's latest event now.
   */
  void change(WebhookUrl url, WebhookSecret secret, long lastId, String by, Clock clock) {
    Instant now = clock.instant();
    DeliveryProgress from =
        active ? progress().retriedAt(now) : DeliveryProgress.startingAfter(lastId, now);
    this.url = Objects.requireNonNull(url).toString();
    this.secret = Objects.requireNonNull(secret).value();
    this.active = true;
    apply(from);
    touch(by, clock);
  }

  /** A member stops the webhook: nothing more is posted, and the secret is forgotten. */
  void stop(String by, Clock clock) {
    active = false;
    secret = null;
    touch(by, clock);
  }

  public String organisation() {
    return organisation;
  }

  public WebhookUrl url() {
    return WebhookUrl.stored(url);
  }

  /** The secret, while the webhook runs. */
  public Optional<WebhookSecret> secret() {
    return Optional.ofNullable(secret).map(WebhookSecret::new);
  }

  public boolean active() {
    return active;
  }

  public DeliveryProgress progress() {
    return new DeliveryProgress(
        deliveredUpTo,
        nextAttemptAt.toInstant(),
        attempts,
        instant(failingSince),
        lastStatus,
        instant(lastAttemptAt),
        lastError,
        instant(lastErrorAt),
        lastErrorEvent,
        lastSkippedEvent);
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }

  public long version() {
    return lockVersion;
  }

  /** Takes the worker's progress, as {@link Webhooks#record} writes it to the row. */
  void apply(DeliveryProgress p) {
    deliveredUpTo = p.deliveredUpTo();
    nextAttemptAt = time(p.nextAttemptAt());
    attempts = p.attempts();
    failingSince = time(p.failingSince());
    lastStatus = p.lastStatus();
    lastAttemptAt = time(p.lastAttemptAt());
    lastError = p.lastError();
    lastErrorAt = time(p.lastErrorAt());
    lastErrorEvent = p.lastErrorEvent();
    lastSkippedEvent = p.lastSkippedEvent();
  }

  private void touch(String by, Clock clock) {
    updatedBy = Objects.requireNonNull(by);
    updatedAt = OffsetDateTime.now(clock);
  }

  private static Instant instant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }

  private static OffsetDateTime time(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
