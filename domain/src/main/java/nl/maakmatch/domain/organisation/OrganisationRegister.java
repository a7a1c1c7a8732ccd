package nl.maakmatch.domain.organisation;

import static nl.maakmatch.domain.DomainMessages.TEXT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.maakmatch.domain.RecordKind;
import nl.maakmatch.domain.RecordNotFound;
import nl.maakmatch.domain.StaleVersion;
import nl.maakmatch.domain.StateConflict;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.event.EventRecorder;
import nl.maakmatch.domain.event.OrganisationEvent.OrganisationChanged;
import nl.maakmatch.domain.event.OrganisationEvent.OrganisationDeactivated;
import nl.maakmatch.domain.event.OrganisationEvent.OrganisationRegistered;
import nl.maakmatch.domain.event.OrganisationEvent.PromiseChanged;

/** The register of organisations, read by everyone and kept by administrators. */
@ApplicationScoped
@Transactional
public class OrganisationRegister {

  @Inject Organisations organisations;
  @Inject EventRecorder events;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Organisation> all() {
    return organisations.all();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Organisation> find(String code) {
    return organisations.find(code);
  }

  /** An active bank or investor with this code, which a firm may share a plan with. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Organisation> activeFinancier(String code) {
    return organisations.find(code).filter(Organisation::isActiveFinancier);
  }

  public Organisation register(Actor admin, String code, String name, OrganisationKind kind) {
    OrganisationAccess.toKeepTheRegister(admin).require();
    if (organisations.find(code).isPresent()) {
      throw new StateConflict(TEXT.get("organisation.exists", code));
    }
    Organisation organisation = Organisation.register(code, name, kind, admin.subject(), clock);
    organisations.add(organisation);
    events.record(admin, new OrganisationRegistered(code));
    return organisation;
  }

  public Organisation change(
      Actor admin,
      String code,
      long expectedVersion,
      String name,
      OrganisationKind kind,
      boolean active) {
    OrganisationAccess.toKeepTheRegister(admin).require();
    Organisation organisation =
        organisations
            .find(code)
            .orElseThrow(() -> new RecordNotFound(RecordKind.ORGANISATION, code));
    StaleVersion.requireCurrent(
        RecordKind.ORGANISATION, code, expectedVersion, organisation.version());
    organisation.change(name, kind, active, clock);
    organisations.flush();
    events.record(
        admin, active ? new OrganisationChanged(code) : new OrganisationDeactivated(code));
    return organisation;
  }

  /**
   * The organisation's promise to answer new introductions within so many working days, set by its
   * own financiers or an administrator; introductions already made keep the due time they got.
   */
  public Organisation promise(Actor actor, String code, Long expectedVersion, int workingDays) {
    Organisation organisation =
        organisations
            .find(code)
            .orElseThrow(() -> new RecordNotFound(RecordKind.ORGANISATION, code));
    OrganisationAccess.toKeepItsPromise(actor, code).require();
    StaleVersion.requireCurrent(
        RecordKind.ORGANISATION, code, expectedVersion, organisation.version());
    organisation.promise(workingDays, clock);
    organisations.flush();
    events.record(actor, new PromiseChanged(code, workingDays));
    return organisation;
  }
}
