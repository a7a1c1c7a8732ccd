package nl.maakmatch.domain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.maakmatch.domain.user.Contact;
import nl.maakmatch.domain.user.Recipient;

/**
 * A mail in the outbox: written with its notification in the business transaction, sent later.
 * Invariants: exactly one of pending (with the time of the next attempt), sent and given up; a sent
 * or given-up mail does not change again; {@code attempts} counts the failed ones.
 */
@Entity
@Table(name = "mail_outbox")
public class OutgoingMail {

  /** Column width (V13). */
  public static final int ERROR_LENGTH = 1000;

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private boolean bulk;

  @Column(name = "notification_id", nullable = false, updatable = false)
  private UUID notificationId;

  @Column(name = "to_address", nullable = false, updatable = false, length = Contact.EMAIL_LENGTH)
  private String toAddress;

  @Column(nullable = false, updatable = false, length = 8)
  private String language;

  @Column(nullable = false, updatable = false, length = MailText.SUBJECT_LENGTH)
  private String subject;

  @Column(nullable = false, updatable = false, length = MailText.BODY_LENGTH)
  private String body;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at")
  private OffsetDateTime nextAttemptAt;

  @Column(name = "sent_at")
  private OffsetDateTime sentAt;

  @Column(name = "gave_up_at")
  private OffsetDateTime gaveUpAt;

  @Column(name = "last_error", length = ERROR_LENGTH)
  private String lastError;

  @Version
  @Column(name = "lock_version")
  private long lockVersion;

  protected OutgoingMail() {}

  /** A mail for the recipient about a notification, due at once. */
  public static OutgoingMail queue(
      UUID notificationId, Recipient recipient, Locale language, MailText text, Clock clock) {
    return queue(notificationId, recipient, language, text, false, clock);
  }

  /**
   * A mail to send as soon as possible; a {@code bulk} one (one of many sent at once) after the
   * others that are due.
   */
  public static OutgoingMail queue(
      UUID notificationId,
      Recipient recipient,
      Locale language,
      MailText text,
      boolean bulk,
      Clock clock) {
    OutgoingMail mail = new OutgoingMail();
    mail.bulk = bulk;
    mail.id = UUID.randomUUID();
    mail.notificationId = Objects.requireNonNull(notificationId, "notificationId");
    mail.toAddress = recipient.email();
    mail.language = language.getLanguage();
    mail.subject = text.subject();
    mail.body = text.body();
    mail.createdAt = OffsetDateTime.now(clock);
    mail.nextAttemptAt = mail.createdAt;
    return mail;
  }

  /**
   * A worker takes the mail to send it: no other worker takes it for {@code lease} (should this one
   * die while sending, the mail is due again after it).
   */
  public MailToSend take(Duration lease, Clock clock) {
    requirePending();
    nextAttemptAt = OffsetDateTime.now(clock).plus(lease);
    return new MailToSend(id, toAddress, language, subject, body);
  }

  public void sent(Clock clock) {
    requirePending();
    sentAt = OffsetDateTime.now(clock);
    nextAttemptAt = null;
  }

  /** An attempt failed: try again later as {@link RetrySchedule} says, or give up. */
  public void failed(MailNotSent failure, Clock clock) {
    requirePending();
    OffsetDateTime now = OffsetDateTime.now(clock);
    attempts++;
    String reason = failure.why() + ": " + failure.getMessage();
    lastError = reason.length() <= ERROR_LENGTH ? reason : reason.substring(0, ERROR_LENGTH);
    Optional<OffsetDateTime> next =
        failure.permanent()
            ? Optional.empty()
            : RetrySchedule.nextAttempt(createdAt, attempts, now);
    nextAttemptAt = next.orElse(null);
    if (next.isEmpty()) {
      gaveUpAt = now;
    }
  }

  private void requirePending() {
    if (sentAt != null || gaveUpAt != null) {
      throw new IllegalStateException("mail " + id + " was already sent or given up");
    }
  }

  public UUID id() {
    return id;
  }

  public UUID notificationId() {
    return notificationId;
  }

  public String to() {
    return toAddress;
  }

  public Locale language() {
    return Locale.forLanguageTag(language);
  }

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  /** Whether the mail is one of many sent at once, which waits behind the others. */
  public boolean bulk() {
    return bulk;
  }

  public int attempts() {
    return attempts;
  }

  public Optional<OffsetDateTime> nextAttemptAt() {
    return Optional.ofNullable(nextAttemptAt);
  }

  public Optional<OffsetDateTime> sentAt() {
    return Optional.ofNullable(sentAt);
  }

  public Optional<OffsetDateTime> gaveUpAt() {
    return Optional.ofNullable(gaveUpAt);
  }

  public Optional<String> lastError() {
    return Optional.ofNullable(lastError);
  }
}
