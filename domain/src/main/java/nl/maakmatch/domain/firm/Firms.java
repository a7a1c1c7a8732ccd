package nl.maakmatch.domain.firm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.maakmatch.matching.firm.Province;

/** Repository of firms. */
@ApplicationScoped
public class Firms {

  @PersistenceContext(unitName = "maakmatch")
  EntityManager em;

  public Optional<Firm> find(UUID id) {
    return Optional.ofNullable(em.find(Firm.class, id));
  }

  public Optional<Firm> withKvkNumber(KvkNumber kvk) {
    return em.createQuery("SELECT f FROM Firm f WHERE f.kvkNumber = :kvk", Firm.class)
        .setParameter("kvk", kvk.value())
        .getResultStream()
        .findFirst();
  }

  /** The firms a user acts for: registered by them, or joined by invitation. */
  public List<Firm> ofMember(String subject) {
    return em.createQuery(
            "SELECT f FROM Firm f, FirmMember m WHERE m.firmId = f.id AND m.subject = :subject"
                + " ORDER BY f.legalName",
            Firm.class)
        .setParameter("subject", subject)
        .getResultList();
  }

  /** The firms with active guidance in the region, or assigned to the adviser by name. */
  public List<Firm> guidedIn(Province region, String adviser) {
    return em.createQuery(
            "SELECT f FROM Firm f, Guidance g WHERE g.firmId = f.id AND g.endedAt IS NULL AND"
                + " (g.region = :region OR g.assignedAdviser = :adviser) ORDER BY f.legalName",
            Firm.class)
        .setParameter("region", region)
        .setParameter("adviser", adviser)
        .getResultList();
  }

  public void add(Firm firm) {
    em.persist(firm);
  }

  /** Writes pending changes now, so the version an event records is the one stored. */
  public void flush() {
    em.flush();
  }
}
