package nl.maakmatch.domain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.maakmatch.domain.user.KnownUser;

/**
 * What one person was told of one event, in every language MaakMatch speaks. Invariants: the
 * recipient, the texts and the link never change; it is read at most once ({@code readAt}, once
 * set, stays), and never before it was created.
 */
@Entity
@Table(name = "notification")
public class Notification {

  @Id private UUID id;

  @Column(nullable = false, updatable = false, length = KnownUser.SUBJECT_LENGTH)
  private String recipient;

  @Column(nullable = false, updatable = false, length = Notice.KIND_LENGTH)
  private String kind;

  @Column(name = "introduction_id", updatable = false)
  @Convert(converter = NullableUuid.class)
  private UUID introductionId;

  @Column(nullable = false, updatable = false, length = Notice.LINK_LENGTH)
  private String link;

  @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
  private String texts;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "read_at")
  private OffsetDateTime readAt;

  @Version
  @Column(name = "lock_version")
  private long lockVersion;

  @Transient private NoticeTexts parsed;

  protected Notification() {}

  /** The notice, told to one recipient now. */
  public static Notification of(String recipient, Notice notice, NoticeTexts texts, Clock clock) {
    Objects.requireNonNull(notice, "notice");
    if (recipient == null || recipient.isBlank() || recipient.length() > KnownUser.SUBJECT_LENGTH) {
      throw new IllegalArgumentException("a notification goes to a user's subject");
    }
    Notification notification = new Notification();
    notification.id = UUID.randomUUID();
    notification.recipient = recipient;
    notification.kind = notice.kind();
    notification.introductionId = notice.introductionId();
    notification.link = notice.link();
    notification.parsed = texts;
    notification.texts = texts.toJson();
    notification.createdAt = OffsetDateTime.now(clock);
    return notification;
  }

  /** The recipient has seen it; reading it again changes nothing. */
  public void markRead(Clock clock) {
    if (readAt == null) {
      OffsetDateTime now = OffsetDateTime.now(clock);
      readAt = now.isBefore(createdAt) ? createdAt : now;
    }
  }

  public boolean isFor(String subject) {
    return recipient.equals(subject);
  }

  public UUID id() {
    return id;
  }

  public String recipient() {
    return recipient;
  }

  public String kind() {
    return kind;
  }

  public Optional<UUID> introductionId() {
    return Optional.ofNullable(introductionId);
  }

  public String link() {
    return link;
  }

  /** The title and body in the language asked for (Dutch if it was not stored in that one). */
  public NoticeTexts.Text textIn(Locale language) {
    return texts().in(language);
  }

  public NoticeTexts texts() {
    if (parsed == null) {
      parsed = NoticeTexts.fromJson(texts);
    }
    return parsed;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public Optional<OffsetDateTime> readAt() {
    return Optional.ofNullable(readAt);
  }

  public boolean isRead() {
    return readAt != null;
  }
}
