package nl.maakmatch.domain.organisation;

import static nl.maakmatch.domain.DomainTexts.TEXT;
import nl.maakmatch.domain.RecordKind;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.maakmatch.domain.RecordNotFound;
import nl.maakmatch.domain.StaleVersion;
import nl.maakmatch.domain.StateConflict;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.access.AuditTrail;
import nl.maakmatch.domain.access.NotPermitted;
import nl.maakmatch.domain.access.Role;

/** The register of organisations, kept by administrators. */
@ApplicationScoped
@Transactional
public class OrganisationRegister {

  @PersistenceContext(unitName = "maakmatch")
  EntityManager em;

  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Organisation> all() {
    return em.createQuery("SELECT o FROM Organisation o ORDER BY o.code", Organisation.class)
        .getResultList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Organisation> find(String code) {
    return Optional.ofNullable(em.find(Organisation.class, code));
  }

  /** An active bank or investor with this code, which a firm may share a plan with. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Organisation> activeFinancier(String code) {
    return find(code).filter(Organisation::active).filter(o -> o.kind().finances());
  }

  public Organisation register(Actor admin, String code, String name, OrganisationKind kind) {
    requireAdmin(admin);
    if (find(code).isPresent()) {
      throw new StateConflict(TEXT.get("organisation.exists", code));
    }
    Organisation organisation = Organisation.register(code, name, kind, admin.subject(), clock);
    em.persist(organisation);
    audit.record(admin, "OrganisationRegistered", "organisation", code, null, null);
    return organisation;
  }

  public Organisation change(
      Actor admin, String code, long expectedVersion, String name, OrganisationKind kind, boolean active) {
    requireAdmin(admin);
    Organisation organisation = find(code).orElseThrow(() -> new RecordNotFound(RecordKind.ORGANISATION, code));
    if (organisation.version() != expectedVersion) {
      throw new StaleVersion(RecordKind.ORGANISATION, code, expectedVersion, organisation.version());
    }
    organisation.change(name, kind, active, clock);
    em.flush();
    audit.record(admin, active ? "OrganisationChanged" : "OrganisationDeactivated", "organisation", code, null, null);
    return organisation;
  }

  private static void requireAdmin(Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new NotPermitted(TEXT.get("organisation.adminOnly"));
    }
  }
}
