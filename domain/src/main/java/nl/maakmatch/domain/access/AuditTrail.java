package nl.maakmatch.domain.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The append-only audit log (repository of {@link AuditEntry}): every change, and every read of
 * a firm's data by someone other than the firm (adviser, financier, administrator).
 */
@ApplicationScoped
public class AuditTrail {

  @PersistenceContext(unitName = "maakmatch")
  EntityManager em;

  @Inject Clock clock;

  /** Joins the caller's transaction, or starts one for a read that has none. */
  @Transactional(Transactional.TxType.REQUIRED)
  public void append(AuditEntry entry) {
    em.persist(entry);
  }

  /**
   * The untyped way in, kept for the catalogue administration until it records typed events
   * through {@code nl.maakmatch.domain.event.EventRecorder} like the other services.
   */
  @Deprecated
  @Transactional(Transactional.TxType.REQUIRED)
  public void record(
      Actor actor, String action, String subjectType, Object subjectId, UUID firmId, String reason) {
    append(
        new AuditEntry(
            OffsetDateTime.now(clock),
            actor,
            action,
            subjectType,
            String.valueOf(subjectId),
            firmId,
            null,
            reason));
  }

  public List<AuditEntry> aboutFirm(UUID firmId) {
    return em.createQuery(
            "SELECT a FROM AuditEntry a WHERE a.firmId = :firm ORDER BY a.id", AuditEntry.class)
        .setParameter("firm", firmId)
        .getResultList();
  }
}
