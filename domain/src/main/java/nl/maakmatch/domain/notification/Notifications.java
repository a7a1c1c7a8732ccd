package nl.maakmatch.domain.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Repository of notifications, by recipient. */
@ApplicationScoped
public class Notifications {

  @PersistenceContext(unitName = "maakmatch")
  EntityManager em;

  public void add(Notification notification) {
    em.persist(notification);
  }

  public Optional<Notification> find(UUID id) {
    return Optional.ofNullable(em.find(Notification.class, id));
  }

  /** The recipient's notifications, unread first, then newest first; at most {@code limit}. */
  public List<Notification> of(String recipient, int limit) {
    List<Notification> unread = page(recipient, "IS NULL", limit);
    if (unread.size() >= limit) {
      return unread;
    }
    List<Notification> all = new ArrayList<>(unread);
    all.addAll(page(recipient, "IS NOT NULL", limit - unread.size()));
    return all;
  }

  private List<Notification> page(String recipient, String readAt, int limit) {
    return em.createQuery(
            "SELECT n FROM Notification n WHERE n.recipient = :recipient AND n.readAt "
                + readAt
                + " ORDER BY n.createdAt DESC, n.id",
            Notification.class)
        .setParameter("recipient", recipient)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Marks every unread notification of the recipient read; how many there were. */
  public int markAllRead(String recipient, OffsetDateTime at) {
    return em.createQuery(
            "UPDATE Notification n SET n.readAt = :at, n.lockVersion = n.lockVersion + 1"
                + " WHERE n.recipient = :recipient AND n.readAt IS NULL")
        .setParameter("at", at)
        .setParameter("recipient", recipient)
        .executeUpdate();
  }
}
