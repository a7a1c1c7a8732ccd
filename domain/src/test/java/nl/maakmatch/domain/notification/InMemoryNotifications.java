package nl.maakmatch.domain.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The notification table as a list, with the repository's ordering. */
class InMemoryNotifications extends Notifications {

  final List<Notification> rows = new ArrayList<>();

  @Override
  public void add(Notification notification) {
    rows.add(notification);
  }

  @Override
  public Optional<Notification> find(UUID id) {
    return rows.stream().filter(n -> n.id().equals(id)).findFirst();
  }

  @Override
  public List<Notification> of(String recipient, int limit) {
    return rows.stream()
        .filter(n -> n.isFor(recipient))
        .sorted(
            Comparator.comparing(Notification::isRead)
                .thenComparing(Notification::createdAt, Comparator.reverseOrder()))
        .limit(limit)
        .toList();
  }

  @Override
  public int markAllRead(String recipient, OffsetDateTime at) {
    int marked = 0;
    for (Notification n : rows) {
      if (n.isFor(recipient) && !n.isRead()) {
        n.markRead(Clock.fixed(at.toInstant(), at.getOffset()));
        marked++;
      }
    }
    return marked;
  }
}
