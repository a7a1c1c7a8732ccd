package nl.maakmatch.domain.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.maakmatch.domain.firm.Firm;
import nl.maakmatch.matching.firm.Province;

/** Repository of investment plans. */
@ApplicationScoped
public class Plans {

  @PersistenceContext(unitName = "maakmatch")
  EntityManager em;

  public Optional<InvestmentPlan> find(UUID id) {
    return Optional.ofNullable(em.find(InvestmentPlan.class, id));
  }

  public List<InvestmentPlan> ofFirm(UUID firmId) {
    return em.createQuery(
            "SELECT p FROM InvestmentPlan p WHERE p.firmId = :firm ORDER BY p.createdAt",
            InvestmentPlan.class)
        .setParameter("firm", firmId)
        .getResultList();
  }

  /**
   * The plans in the given statuses of the firms established in a province, each with its firm,
   * oldest first.
   */
  public List<OfFirm> ofFirmsIn(Province province, Set<PlanStatus> statuses) {
    return em
        .createQuery(
            "SELECT p, f FROM InvestmentPlan p, Firm f WHERE p.firmId = f.id AND"
                + " f.province = :province AND p.status IN :statuses ORDER BY p.createdAt, p.id",
            Object[].class)
        .setParameter("province", province)
        .setParameter("statuses", statuses)
        .getResultList()
        .stream()
        .map(row -> new OfFirm((InvestmentPlan) row[0], (Firm) row[1]))
        .toList();
  }

  /** A plan with the firm it belongs to. */
  public record OfFirm(InvestmentPlan plan, Firm firm) {}

  public void add(InvestmentPlan plan) {
    em.persist(plan);
  }

  /** Writes pending changes now, so the version an event records is the one stored. */
  public void flush() {
    em.flush();
  }
}
