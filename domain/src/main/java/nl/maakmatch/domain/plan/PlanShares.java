package nl.maakmatch.domain.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Repository of firms' consents to show plans to financier organisations. */
@ApplicationScoped
public class PlanShares {

  @PersistenceContext(unitName = "maakmatch")
  EntityManager em;

  /** Every consent for the plan, withdrawn ones too, oldest first. */
  public List<PlanShare> ofPlan(UUID planId) {
    return em.createQuery(
            "SELECT s FROM PlanShare s WHERE s.planId = :plan ORDER BY s.consentedAt",
            PlanShare.class)
        .setParameter("plan", planId)
        .getResultList();
  }

  /** The consents in force for the plan. */
  public List<PlanShare> activeFor(UUID planId) {
    return em.createQuery(
            "SELECT s FROM PlanShare s WHERE s.planId = :plan AND s.withdrawnAt IS NULL",
            PlanShare.class)
        .setParameter("plan", planId)
        .getResultList();
  }

  public Optional<PlanShare> activeFor(UUID planId, String organisation) {
    return activeFor(planId).stream()
        .filter(s -> s.organisation().equals(organisation))
        .findFirst();
  }

  public void add(PlanShare share) {
    em.persist(share);
  }
}
