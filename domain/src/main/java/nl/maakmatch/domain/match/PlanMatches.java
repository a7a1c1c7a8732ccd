package nl.maakmatch.domain.match;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
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

  /**
   * The plan's newest match without its documents (they run to tens of kilobytes): enough to see
   * whether a new result repeats it.
   */
  public Optional<Kept> newest(UUID planId) {
    return keptQuery(planId).setMaxResults(1).getResultStream().findFirst().map(PlanMatches::kept);
  }

  /** Every match of the plan without its documents, newest first. */
  public List<Kept> keptOf(UUID planId) {
    return keptQuery(planId).getResultStream().map(PlanMatches::kept).toList();
  }

  private TypedQuery<Object[]> keptQuery(UUID planId) {
    return em.createQuery(
            "SELECT m.id, m.computedAt, m.digest FROM PlanMatch m WHERE m.planId = :plan"
                + " ORDER BY m.computedAt DESC",
            Object[].class)
        .setParameter("plan", planId);
  }

  private static Kept kept(Object[] row) {
    return new Kept((UUID) row[0], (OffsetDateTime) row[1], (String) row[2]);
  }

  /** These matches of the plan, whole; ids of other plans' matches are left out. */
  public List<PlanMatch> ofPlan(UUID planId, List<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT m FROM PlanMatch m WHERE m.planId = :plan AND m.id IN :ids"
                + " ORDER BY m.computedAt DESC",
            PlanMatch.class)
        .setParameter("plan", planId)
        .setParameter("ids", ids)
        .getResultList();
  }

  /** A stored match's identity and digest; the digest is null for matches stored before it. */
  public record Kept(UUID id, OffsetDateTime computedAt, String digest) {}

  public void add(PlanMatch match) {
    em.persist(match);
  }
}
