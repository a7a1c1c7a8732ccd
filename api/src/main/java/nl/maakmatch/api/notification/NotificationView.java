package nl.maakmatch.api.notification;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;
import nl.maakmatch.domain.notification.NoticeTexts;
import nl.maakmatch.domain.notification.Notification;

/**
 * A notification in the caller's language.
 *
 * @param kind the event's type, e.g. {@code IntroductionRequested}
 * @param introductionId the introduction it is about, or null
 * @param link the app path of the item to act on, e.g. {@code /introductions/<id>}
 * @param readAt when the caller first marked it read; null while unread
 */
public record NotificationView(
    UUID id,
    String kind,
    UUID introductionId,
    String title,
    String body,
    String link,
    OffsetDateTime createdAt,
    OffsetDateTime readAt) {

  public static NotificationView of(Notification notification, Locale language) {
    NoticeTexts.Text text = notification.textIn(language);
    return new NotificationView(
        notification.id(),
        notification.kind(),
        notification.introductionId().orElse(null),
        text.title(),
        text.body(),
        notification.link(),
        notification.createdAt(),
        notification.readAt().orElse(null));
  }
}
