package nl.maakmatch.domain.notification;

import nl.maakmatch.matching.text.Messages;

/**
 * The texts around a notice in a mail; patterns in {@code
 * nl/maakmatch/domain/notification/messages*.properties}.
 */
public final class NotificationMessages {

  public static final Messages TEXT = Messages.in("nl.maakmatch.domain.notification.messages");

  private NotificationMessages() {}
}
