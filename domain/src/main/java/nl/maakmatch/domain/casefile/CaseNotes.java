package nl.maakmatch.domain.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import nl.maakmatch.matching.firm.Province;

/** Repository of advisers' notes on firms. */
@ApplicationScoped
public class CaseNotes {

  @PersistenceContext(unitName = "maakmatch")
  EntityManager em;

  /** The notes the ROM of the region keeps on the firm, oldest first. */
  public List<CaseNote> on(UUID firmId, Province region) {
    return em.createQuery(
            "SELECT n FROM CaseNote n WHERE n.firmId = :firm AND n.region = :region ORDER BY"
                + " n.createdAt",
            CaseNote.class)
        .setParameter("firm", firmId)
        .setParameter("region", region)
        .getResultList();
  }

  public void add(CaseNote note) {
    em.persist(note);
  }
}
