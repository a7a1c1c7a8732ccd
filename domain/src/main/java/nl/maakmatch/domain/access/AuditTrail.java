package nl.maakmatch.domain.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import nl.maakmatch.domain.PageRequest;

/**
 * The append-only audit log (repository of {@link AuditEntry}): every change, and every read of a
 * firm's data by someone other than the firm (adviser, financier, administrator).
 */
@ApplicationScoped
public class AuditTrail {

  @PersistenceContext(unitName = "maakmatch")
  EntityManager em;

  /** Joins the caller's transaction, or starts one for a read that has none. */
  @Transactional(Transactional.TxType.REQUIRED)
  public void append(AuditEntry entry) {
    em.persist(entry);
  }

  public List<AuditEntry> aboutFirm(UUID firmId) {
    return em.createQuery(
            "SELECT a FROM AuditEntry a WHERE a.firmId = :firm ORDER BY a.id", AuditEntry.class)
        .setParameter("firm", firmId)
        .getResultList();
  }

  /**
   * The whole log for the administrator, newest first, a page at a time; {@code actor} (the subject
   * a token names) narrows it to what one person did. Read as lines without the firm link:
   * EclipseLink 4.0 fails on a null UUID column (eclipse-ee4j/eclipselink#2768), and most entries
   * have no firm.
   */
  public AuditPage latest(String actor, PageRequest page) {
    String where = actor == null ? "" : " WHERE a.actor = :actor";
    var lines =
        em.createQuery(
                "SELECT NEW nl.maakmatch.domain.access.AuditLine(a.occurredAt, a.actor,"
                    + " a.actorRoles, a.action, a.subjectType, a.subjectId, a.detail, a.reason)"
                    + " FROM AuditEntry a"
                    + where
                    + " ORDER BY a.id DESC",
                AuditLine.class)
            .setFirstResult((int) page.offset())
            .setMaxResults(page.size());
    var count = em.createQuery("SELECT COUNT(a) FROM AuditEntry a" + where, Long.class);
    if (actor != null) {
      lines.setParameter("actor", actor);
      count.setParameter("actor", actor);
    }
    return new AuditPage(lines.getResultList(), count.getSingleResult());
  }
}
