package nl.maakmatch.domain.firm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/** Repository of the users who act for firms. */
@ApplicationScoped
public class FirmMembers {

  @PersistenceContext(unitName = "maakmatch")
  EntityManager em;

  /** Whether the user acts for the firm (registered it, or joined it by invitation). */
  public boolean isMember(UUID firmId, String subject) {
    return em.find(FirmMember.class, new FirmMember.Key(firmId, subject)) != null;
  }

  /** The users who act for the firm. */
  public List<String> subjectsOf(UUID firmId) {
    return em.createQuery(
            "SELECT m.subject FROM FirmMember m WHERE m.firmId = :firm ORDER BY m.joinedAt",
            String.class)
        .setParameter("firm", firmId)
        .getResultList();
  }

  public void add(FirmMember member) {
    em.persist(member);
  }
}
