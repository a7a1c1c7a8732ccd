package nl.maakmatch.domain.firm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Repository of invitations to join a firm, found by their code (stored only as a hash). */
@ApplicationScoped
public class FirmInvitations {

  @PersistenceContext(unitName = "maakmatch")
  EntityManager em;

  public Optional<FirmInvitation> withCode(String code) {
    return Optional.ofNullable(em.find(FirmInvitation.class, FirmInvitation.hash(code)));
  }

  public void add(FirmInvitation invitation) {
    em.persist(invitation);
  }
}
