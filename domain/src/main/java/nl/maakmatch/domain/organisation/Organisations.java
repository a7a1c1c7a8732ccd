package nl.maakmatch.domain.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Repository of the register's organisations, by their code. */
@ApplicationScoped
public class Organisations {

  @PersistenceContext(unitName = "maakmatch")
  EntityManager em;

  public List<Organisation> all() {
    return em.createQuery("SELECT o FROM Organisation o ORDER BY o.code", Organisation.class)
        .getResultList();
  }

  public Optional<Organisation> find(String code) {
    return Optional.ofNullable(em.find(Organisation.class, code));
  }

  public void add(Organisation organisation) {
    em.persist(organisation);
  }

  /** Writes pending changes now, so a stale version fails inside the action that caused it. */
  public void flush() {
    em.flush();
  }
}
