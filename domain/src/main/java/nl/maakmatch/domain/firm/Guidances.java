package nl.maakmatch.domain.firm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

/** Repository of firms' guidance by their ROM (one per firm, active or ended). */
@ApplicationScoped
public class Guidances {

  @PersistenceContext(unitName = "maakmatch")
  EntityManager em;

  public Optional<Guidance> ofFirm(UUID firmId) {
    return Optional.ofNullable(em.find(Guidance.class, firmId));
  }

  public void add(Guidance guidance) {
    em.persist(guidance);
  }
}
