package nl.maakmatch.domain.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

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
}
