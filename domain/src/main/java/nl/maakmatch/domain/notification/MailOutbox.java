package nl.maakmatch.domain.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Repository of the mails to send. Taking due mails and recording what became of them are short
 * transactions of their own, so no transaction stays open while a mail server is talked to.
 */
@ApplicationScoped
public class MailOutbox {

  @PersistenceContext(unitName = "maakmatch")
  EntityManager em;

  /** Joins the caller's transaction: the mail exists once the business action commits. */
  public void add(OutgoingMail mail) {
    em.persist(mail);
  }

  public Optional<OutgoingMail> find(UUID id) {
    return Optional.ofNullable(em.find(OutgoingMail.class, id));
  }

  /**
   * Up to {@code limit} mails that are due, oldest due first and bulk mails after all others, taken
   * for {@code lease}. Rows another worker (another node) is taking at this moment are skipped, not
   * waited for.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<MailToSend> takeDue(int limit, Duration lease, Clock clock) {
    List<?> ids =
        em.createNativeQuery(
                "SELECT id FROM mail_outbox WHERE next_attempt_at <= ?1"
                    + " ORDER BY bulk, next_attempt_at LIMIT ?2 FOR UPDATE SKIP LOCKED")
            // a Timestamp binds the same in every JDBC driver; PostgreSQL compares it as an instant
            .setParameter(1, Timestamp.from(clock.instant()))
            .setParameter(2, limit)
            .getResultList();
    List<MailToSend> taken = new ArrayList<>();
    for (Object id : ids) {
      OutgoingMail mail = em.find(OutgoingMail.class, asUuid(id));
      if (mail != null) {
        taken.add(mail.take(lease, clock));
      }
    }
    return taken;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordSent(UUID id, Clock clock) {
    find(id).ifPresent(mail -> mail.sent(clock));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordFailure(UUID id, MailNotSent failure, Clock clock) {
    find(id).ifPresent(mail -> mail.failed(failure, clock));
  }

  private static UUID asUuid(Object id) {
    return id instanceof UUID uuid ? uuid : UUID.fromString(String.valueOf(id));
  }
}
