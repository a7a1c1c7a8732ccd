package nl.maakmatch.domain.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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

  public void add(InvestmentPlan plan) {
    em.persist(plan);
  }

  public void flush() {
    em.flush();
  }
}
