package nl.maakmatch.domain.match;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/** Repository of the stored matches of plans. */
@ApplicationScoped
public class PlanMatches {

  @PersistenceContext(unitName = "maakmatch")
  EntityManager em;

  /** The plan's newest {@code limit} matches, newest first. */
  public List<PlanMatch> ofPlan(UUID planId, int limit) {
    return em.createQuery(
            "SELECT m FROM PlanMatch m WHERE m.planId = :plan ORDER BY m.computedAt DESC",
            PlanMatch.class)
        .setParameter("plan", planId)
        .setMaxResults(limit)
        .getResultList();
  }

  public void add(PlanMatch match) {
    em.persist(match);
  }
}
