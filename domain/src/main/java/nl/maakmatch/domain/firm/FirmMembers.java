package nl.maakmatch.domain.firm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

  public void add(FirmMember member) {
    em.persist(member);
  }
}
