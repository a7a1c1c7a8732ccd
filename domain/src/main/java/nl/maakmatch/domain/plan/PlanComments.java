package nl.maakmatch.domain.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/** Repository of remarks on plans. */
@ApplicationScoped
public class PlanComments {

  @PersistenceContext(unitName = "maakmatch")
  EntityManager em;

  public List<PlanComment> onPlan(UUID planId) {
    return em.createQuery(
            "SELECT c FROM PlanComment c WHERE c.planId = :plan ORDER BY c.createdAt",
            PlanComment.class)
        .setParameter("plan", planId)
        .getResultList();
  }

  public void add(PlanComment comment) {
    em.persist(comment);
  }
}
