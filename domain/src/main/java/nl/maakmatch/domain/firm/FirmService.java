package nl.maakmatch.domain.firm;

import static nl.maakmatch.domain.DomainTexts.TEXT;
import nl.maakmatch.domain.RecordKind;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.maakmatch.domain.RecordNotFound;
import nl.maakmatch.domain.StaleVersion;
import nl.maakmatch.domain.StateConflict;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.access.AuditEntry;
import nl.maakmatch.domain.access.AuditTrail;
import nl.maakmatch.domain.access.NotPermitted;
import nl.maakmatch.domain.access.Role;
import nl.maakmatch.domain.history.RecordEvent;
import nl.maakmatch.domain.history.RecordHistory;

/**
 * Registering and maintaining firms, and who besides the owner may see them: the ROM advisers
 * of the firm's region while the firm asked for guidance. Load, check, act, store, record.
 */
@ApplicationScoped
@Transactional
public class FirmService {

  static final String AGGREGATE = "firm";

  @Inject Firms firms;
  @Inject RecordHistory history;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @PersistenceContext(unitName = "maakmatch")
  EntityManager em;

  public Firm register(Actor actor, KvkNumber kvk, FirmDetails details) {
    if (!actor.has(Role.FIRM)) {
      throw new NotPermitted(TEXT.get("firm.registerFirmOwnersOnly"));
    }
    if (firms.withKvkNumber(kvk).isPresent()) {
      throw new StateConflict(TEXT.get("firm.kvkRegistered", kvk.toString()));
    }
    Firm firm = Firm.register(kvk, details, actor.subject(), clock);
    firms.add(firm);
    em.persist(new FirmMember(firm.id(), actor.subject(), null, firm.createdAt()));
    firms.flush();
    recordChange(actor, firm, "FirmRegistered");
    return firm;
  }

  public Firm firm(Actor actor, UUID id) {
    return visible(actor, id);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Firm> firmsOf(Actor actor) {
    return firms.ofMember(actor.subject());
  }

  /** Whether the user acts for the firm (registered it, or joined it by invitation). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean isMember(String subject, UUID firmId) {
    return em.find(FirmMember.class, new FirmMember.Key(firmId, subject)) != null;
  }

  /**
   * A member invites another user to act for the firm; the code is returned once and works once,
   * within {@link FirmInvitation#VALID_FOR}.
   */
  public Invitation invite(Actor actor, UUID id) {
    owned(actor, id);
    FirmInvitation.Issued issued = FirmInvitation.issue(id, actor.subject(), clock);
    em.persist(issued.invitation());
    audit.record(actor, "MemberInvited", AGGREGATE, id, id, null);
    return new Invitation(id, issued.code(), issued.invitation().expiresAt());
  }

  /** A firm user joins the firm with a member's invitation code and the firm's KVK number. */
  public Firm join(Actor actor, KvkNumber kvk, String code) {
    if (!actor.has(Role.FIRM)) {
      throw new NotPermitted(TEXT.get("firm.joinFirmUsersOnly"));
    }
    FirmInvitation invitation = em.find(FirmInvitation.class, FirmInvitation.hash(code));
    Firm firm = firms.withKvkNumber(kvk).orElse(null);
    if (invitation == null
        || firm == null
        || !invitation.firmId().equals(firm.id())
        || !invitation.isUsable(clock)) {
      throw new nl.maakmatch.domain.BusinessRuleViolation("invitation", TEXT.get("firm.invitationInvalid"));
    }
    if (isMember(actor.subject(), firm.id())) {
      throw new StateConflict(TEXT.get("firm.alreadyMember"));
    }
    invitation.accept(actor.subject(), clock);
    em.persist(new FirmMember(firm.id(), actor.subject(), invitation.invitedBy(), java.time.OffsetDateTime.now(clock)));
    audit.record(actor, "MemberJoined", AGGREGATE, firm.id(), firm.id(), null);
    return firm;
  }

  /** An invitation as shown to the member who made it. */
  public record Invitation(UUID firmId, String code, java.time.OffsetDateTime expiresAt) {}

  /**
   * An administrator assigns the firm's guidance to a named adviser (e.g. a specialist of
   * another region); that adviser then sees the firm too.
   */
  public Guidance assignAdviser(Actor admin, UUID firmId, String adviser) {
    if (!admin.has(Role.ADMIN)) {
      throw new NotPermitted(TEXT.get("firm.assignAdminOnly"));
    }
    Guidance guidance =
        guidance(firmId)
            .filter(Guidance::isActive)
            .orElseThrow(() -> new StateConflict(TEXT.get("firm.noGuidanceRequested")));
    guidance.assign(adviser);
    audit.record(admin, "AdviserAssigned:" + adviser, AGGREGATE, firmId, firmId, null);
    return guidance;
  }

  public Firm revise(Actor actor, UUID id, long expectedVersion, FirmDetails details) {
    Firm firm = visible(actor, id);
    if (!isMember(actor.subject(), id)) {
      throw new NotPermitted(TEXT.get("firm.changeMembersOnly"));
    }
    if (firm.version() != expectedVersion) {
      throw new StaleVersion(RecordKind.FIRM, id, expectedVersion, firm.version());
    }
    firm.revise(details, clock);
    firms.flush();
    recordChange(actor, firm, "FirmRevised");
    return firm;
  }

  public List<RecordEvent> history(Actor actor, UUID id) {
    visible(actor, id);
    return history.of(AGGREGATE, id);
  }

  /** The firm asks the ROM of its region for guidance, optionally letting advisers edit plans. */
  public Guidance requestGuidance(Actor actor, UUID id, boolean editGranted) {
    Firm firm = owned(actor, id);
    Guidance guidance = guidance(id).orElse(null);
    if (guidance == null) {
      guidance = Guidance.request(firm, editGranted, actor.subject(), clock);
      em.persist(guidance);
    } else {
      guidance.start(firm.province(), editGranted, actor.subject(), clock);
    }
    audit.record(actor, editGranted ? "GuidanceRequestedWithEdit" : "GuidanceRequested", AGGREGATE, id, id, null);
    return guidance;
  }

  /** The firm ends the guidance: the advisers no longer see its data. */
  public void endGuidance(Actor actor, UUID id) {
    owned(actor, id);
    Guidance guidance =
        guidance(id).filter(Guidance::isActive).orElseThrow(() -> new StateConflict(TEXT.get("firm.noActiveGuidance")));
    guidance.end(clock);
    audit.record(actor, "GuidanceEnded", AGGREGATE, id, id, null);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Guidance> guidance(UUID firmId) {
    return Optional.ofNullable(em.find(Guidance.class, firmId));
  }

  /** The firms an adviser guides: active guidance in the adviser's region, or assigned. */
  public List<Firm> caseload(Actor adviser) {
    if (!adviser.has(Role.ADVISER)) {
      throw new NotPermitted(TEXT.get("firm.caseloadAdvisersOnly"));
    }
    List<Firm> caseload =
        em.createQuery(
                "SELECT f FROM Firm f, Guidance g WHERE g.firmId = f.id AND g.endedAt IS NULL AND"
                    + " (g.region = :region OR g.assignedAdviser = :adviser) ORDER BY f.legalName",
                Firm.class)
            .setParameter("region", adviser.romRegion().orElse(null))
            .setParameter("adviser", adviser.subject())
            .getResultList();
    caseload.forEach(f -> audit.record(adviser, "FirmListed", AGGREGATE, f.id(), f.id(), null));
    return caseload;
  }

  /** Whether an adviser may edit this firm's plans (the firm granted it). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean adviserMayEdit(Actor adviser, UUID firmId) {
    return adviser.has(Role.ADVISER)
        && guidance(firmId).filter(g -> g.admits(adviser)).map(Guidance::editGranted).orElse(false);
  }

  /** What was done with the firm's data by whom; only the owner reads it. */
  public List<AuditEntry> auditOf(Actor actor, UUID id) {
    owned(actor, id);
    return audit.aboutFirm(id);
  }

  /**
   * A firm is visible to its owner and to the advisers it asked for guidance (each such read is
   * audited); to anyone else it does not exist.
   */
  private Firm visible(Actor actor, UUID id) {
    Firm firm = firms.find(id).orElseThrow(() -> new RecordNotFound(RecordKind.FIRM, id));
    if (isMember(actor.subject(), id)) {
      return firm;
    }
    if (actor.has(Role.ADVISER) && guidance(id).filter(g -> g.admits(actor)).isPresent()) {
      audit.record(actor, "FirmRead", AGGREGATE, id, id, null);
      return firm;
    }
    throw new RecordNotFound(RecordKind.FIRM, id);
  }

  private Firm owned(Actor actor, UUID id) {
    Firm firm = visible(actor, id);
    if (!isMember(actor.subject(), id)) {
      throw new NotPermitted(TEXT.get("firm.membersOnly"));
    }
    return firm;
  }

  private void recordChange(Actor actor, Firm firm, String event) {
    history.record(AGGREGATE, firm.id(), firm.version(), event, actor.subject(), FirmSnapshot.of(firm, LocalDate.now(clock)));
    audit.record(actor, event, AGGREGATE, firm.id(), firm.id(), null);
  }
}
