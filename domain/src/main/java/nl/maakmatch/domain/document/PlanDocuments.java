package nl.maakmatch.domain.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Repository of the documents attached to plans (their records; the bytes are elsewhere). */
@ApplicationScoped
public class PlanDocuments {

  @PersistenceContext(unitName = "maakmatch")
  EntityManager em;

  /** A document of the plan that has not been deleted. */
  public Optional<PlanDocument> find(UUID planId, UUID documentId) {
    return Optional.ofNullable(em.find(PlanDocument.class, documentId))
        .filter(d -> d.planId().equals(planId) && !d.isDeleted());
  }

  /** The plan's documents that have not been deleted, oldest first. */
  public List<PlanDocument> ofPlan(UUID planId) {
    return em.createQuery(
            "SELECT d FROM PlanDocument d WHERE d.planId = :plan AND d.deletedAt IS NULL"
                + " ORDER BY d.uploadedAt, d.id",
            PlanDocument.class)
        .setParameter("plan", planId)
        .getResultList();
  }

  public void add(PlanDocument document) {
    em.persist(document);
  }

  /** Writes pending changes now, so the version an event records is the one stored. */
  public void flush() {
    em.flush();
  }
}
