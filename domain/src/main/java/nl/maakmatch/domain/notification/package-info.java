/**
 * Notifications: every event a party must act on (a new introduction, an answer, a question, an
 * offer, a decision, an overdue answer, a withdrawal) is told to each person concerned.
 *
 * <p>The business action calls {@link nl.maakmatch.domain.notification.Notifier#notify} inside its
 * own transaction. For each recipient that stores a {@link
 * nl.maakmatch.domain.notification.Notification} (rendered in every language MaakMatch speaks, read
 * through {@code GET /api/v1/notifications}) and, when the directory of known users has their
 * address, an {@link nl.maakmatch.domain.notification.OutgoingMail} in the language they prefer
 * (the transactional outbox). So a mail exists only once the action commits, and sending it happens
 * afterwards: {@link nl.maakmatch.domain.notification.MailDelivery} picks due mails, sends them
 * through a {@link nl.maakmatch.domain.notification.MailTransport} and retries a failure with
 * growing pauses ({@link nl.maakmatch.domain.notification.RetrySchedule}) for a day. A mail server
 * that is down delays mail; it never fails or undoes the action.
 *
 * <p>The aggregate guards: a notification is shown only to its recipient; it is read once (the
 * first time counts); a mail is sent, retried or given up, and never both sent and pending.
 */
package nl.maakmatch.domain.notification;
