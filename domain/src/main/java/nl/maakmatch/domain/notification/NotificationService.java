package nl.maakmatch.domain.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.maakmatch.domain.RecordKind;
import nl.maakmatch.domain.RecordNotFound;
import nl.maakmatch.domain.access.Actor;

/**
 * A user's own notifications: only the recipient sees or marks one; anyone else's is not found, as
 * if it did not exist.
 */
@ApplicationScoped
@Transactional
public class NotificationService {

  /** How many notifications one answer lists at most. */
  public static final int MAX_LIMIT = 200;

  @Inject Notifications notifications;
  @Inject Clock clock;

  /** The caller's notifications, unread first, then newest first; at most {@code limit}. */
  public List<Notification> mine(Actor actor, int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("a limit is between 1 and " + MAX_LIMIT);
    }
    return notifications.of(actor.subject(), limit);
  }

  public Notification markRead(Actor actor, UUID id) {
    Notification notification =
        notifications
            .find(id)
            .filter(n -> n.isFor(actor.subject()))
            .orElseThrow(() -> new RecordNotFound(RecordKind.NOTIFICATION, id));
    notification.markRead(clock);
    return notification;
  }

  /** Marks all the caller's unread notifications read; how many there were. */
  public int markAllRead(Actor actor) {
    return notifications.markAllRead(actor.subject(), OffsetDateTime.now(clock));
  }
}
