package nl.maakmatch.domain.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import nl.maakmatch.domain.user.Recipient;
import nl.maakmatch.domain.user.UserDirectory;

/**
 * Tells the people concerned of an event: for each one a notification in the app and, when their
 * address is known, a mail in the language they prefer. Joins the caller's transaction, so both
 * exist exactly when the business action commits; sending happens later ({@link MailDelivery}), so
 * a mail server that is down never fails or undoes the action.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class Notifier {

  @Inject Notifications notifications;
  @Inject MailOutbox outbox;
  @Inject UserDirectory directory;
  @Inject MailSettings settings;
  @Inject Clock clock;

  /**
   * Tells each distinct recipient (a user's subject) the notice; blank subjects are skipped.
   *
   * @param recipientSubjects the subjects of the users to tell, e.g. the firm's members and the
   *     financier organisation's users
   */
  public void notify(Collection<String> recipientSubjects, Notice notice) {
    Objects.requireNonNull(recipientSubjects, "recipientSubjects");
    Objects.requireNonNull(notice, "notice");
    NoticeTexts texts = NoticeTexts.of(notice);
    for (String subject : distinct(recipientSubjects)) {
      Notification notification = Notification.of(subject, notice, texts, clock);
      notifications.add(notification);
      if (settings.enabled()) {
        directory
            .recipient(subject)
            .ifPresent(recipient -> outbox.add(mail(notification, notice, texts, recipient)));
      }
    }
  }

  private OutgoingMail mail(
      Notification notification, Notice notice, NoticeTexts texts, Recipient recipient) {
    Locale language = NoticeTexts.spoken(recipient.language());
    MailText text = MailText.of(texts.in(language), language, settings.absolute(notice.link()));
    return OutgoingMail.queue(notification.id(), recipient, language, text, notice.bulk(), clock);
  }

  private static Set<String> distinct(Collection<String> subjects) {
    Set<String> distinct = new LinkedHashSet<>();
    for (String subject : subjects) {
      if (subject != null && !subject.isBlank()) {
        distinct.add(subject);
      }
    }
    return distinct;
  }
}
