package nl.maakmatch.domain.firm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.maakmatch.domain.RecordNotFound;
import nl.maakmatch.domain.StaleVersion;
import nl.maakmatch.domain.StateConflict;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.access.NotPermitted;
import nl.maakmatch.domain.access.Role;
import nl.maakmatch.domain.history.RecordEvent;
import nl.maakmatch.domain.history.RecordHistory;

/** Registering and maintaining firms: load, act, store, record what happened. */
@ApplicationScoped
@Transactional
public class FirmService {

  static final String AGGREGATE = "firm";

  @Inject Firms firms;
  @Inject RecordHistory history;
  @Inject Clock clock;

  public Firm register(Actor actor, KvkNumber kvk, FirmDetails details) {
    if (!actor.has(Role.FIRM)) {
      throw new NotPermitted("Only a firm owner can register a firm.");
    }
    if (firms.withKvkNumber(kvk).isPresent()) {
      throw new StateConflict(
          "KVK number "
              + kvk
              + " is already registered. Ask the firm's owner to invite you instead.");
    }
    Firm firm = Firm.register(kvk, details, actor.subject(), clock);
    firms.add(firm);
    firms.flush();
    history.record(AGGREGATE, firm.id(), firm.version(), "FirmRegistered", actor.subject(), FirmSnapshot.of(firm, today()));
    return firm;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Firm firm(Actor actor, UUID id) {
    return visible(actor, id);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Firm> firmsOf(Actor actor) {
    return firms.ownedBy(actor.subject());
  }

  public Firm revise(Actor actor, UUID id, long expectedVersion, FirmDetails details) {
    Firm firm = visible(actor, id);
    if (!firm.isOwnedBy(actor.subject())) {
      throw new NotPermitted("Only the firm's owner can change its details.");
    }
    if (firm.version() != expectedVersion) {
      throw new StaleVersion("Firm", id, expectedVersion, firm.version());
    }
    firm.revise(details, clock);
    firms.flush();
    history.record(AGGREGATE, firm.id(), firm.version(), "FirmRevised", actor.subject(), FirmSnapshot.of(firm, today()));
    return firm;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<RecordEvent> history(Actor actor, UUID id) {
    visible(actor, id);
    return history.of(AGGREGATE, id);
  }

  /** A firm is visible to its owner; to anyone else it does not exist. */
  private Firm visible(Actor actor, UUID id) {
    return firms
        .find(id)
        .filter(f -> f.isOwnedBy(actor.subject()))
        .orElseThrow(() -> new RecordNotFound("Firm", String.valueOf(id)));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
