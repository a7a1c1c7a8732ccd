package nl.maakmatch.domain.firm;

import static nl.maakmatch.domain.DomainMessages.TEXT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import nl.maakmatch.domain.BusinessRuleViolation;
import nl.maakmatch.domain.RecordKind;
import nl.maakmatch.domain.RecordNotFound;
import nl.maakmatch.domain.StaleVersion;
import nl.maakmatch.domain.StateConflict;
import nl.maakmatch.domain.access.Access;
import nl.maakmatch.domain.access.Access.Ground;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.access.AuditEntry;
import nl.maakmatch.domain.access.AuditTrail;
import nl.maakmatch.domain.event.EventRecorder;
import nl.maakmatch.domain.event.FirmEvent;
import nl.maakmatch.domain.event.FirmEvent.AdviserAssigned;
import nl.maakmatch.domain.event.FirmEvent.FirmListed;
import nl.maakmatch.domain.event.FirmEvent.FirmRead;
import nl.maakmatch.domain.event.FirmEvent.FirmRegistered;
import nl.maakmatch.domain.event.FirmEvent.FirmRevised;
import nl.maakmatch.domain.event.FirmEvent.GuidanceEnded;
import nl.maakmatch.domain.event.FirmEvent.GuidanceRequested;
import nl.maakmatch.domain.event.FirmEvent.JoinRequested;
import nl.maakmatch.domain.event.FirmEvent.MemberInvited;
import nl.maakmatch.domain.event.FirmEvent.MemberJoined;
import nl.maakmatch.domain.history.RecordEvent;
import nl.maakmatch.domain.history.RecordHistory;
import nl.maakmatch.domain.user.UserDirectory;

/**
 * Registering and maintaining firms, their members and their guidance. Who may do what is {@link
 * FirmAccess}'s answer; each action loads, requires access, acts, stores and records.
 */
@ApplicationScoped
@Transactional
public class FirmService {

  @Inject Firms firms;
  @Inject FirmMembers members;
  @Inject FirmInvitations invitations;
  @Inject Guidances guidances;
  @Inject FirmRelations relations;
  @Inject RecordHistory history;
  @Inject AuditTrail audit;
  @Inject EventRecorder events;
  @Inject UserDirectory directory;
  @Inject Clock clock;

  /**
   * Registers the caller's firm; a KVK number that is registered already becomes a request to join
   * that firm, which its members see in their audit log and whose answer names nothing of the firm.
   */
  public Registration register(Actor actor, KvkNumber kvk, FirmDetails details) {
    FirmAccess.toRegister(actor).require();
    Optional<Firm> existing = firms.withKvkNumber(kvk);
    if (existing.isPresent()) {
      events.record(actor, new JoinRequested(existing.get().id(), actor.subject()));
      return Registration.joinRequested();
    }
    Firm firm = Firm.register(kvk, details, actor.subject(), clock);
    firms.add(firm);
    members.add(new FirmMember(firm.id(), actor.subject(), null, firm.createdAt()));
    recordChange(actor, firm, new FirmRegistered(firm.id()));
    return new Registration.Registered(firm);
  }

  public Firm firm(Actor actor, UUID id) {
    return require(actor, id, FirmAccess::toRead);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Firm> firmsOf(Actor actor) {
    return firms.ofMember(actor.subject());
  }

  /**
   * A member invites another user to act for the firm; the code is returned once and works once,
   * within {@link FirmInvitation#VALID_FOR}.
   */
  public Invitation invite(Actor actor, UUID id) {
    require(actor, id, FirmAccess::toActForTheFirm);
    FirmInvitation.Issued issued = FirmInvitation.issue(id, actor.subject(), clock);
    invitations.add(issued.invitation());
    events.record(actor, new MemberInvited(id));
    return new Invitation(id, issued.code(), issued.invitation().expiresAt());
  }

  /** A firm user joins the firm with a member's invitation code and the firm's KVK number. */
  public Firm join(Actor actor, KvkNumber kvk, String code) {
    FirmAccess.toJoin(actor).require();
    Optional<Firm> firm = firms.withKvkNumber(kvk);
    FirmInvitation invitation =
        invitations
            .withCode(code)
            .filter(i -> firm.isPresent() && i.firmId().equals(firm.get().id()))
            .filter(i -> i.isUsable(clock))
            .orElseThrow(
                () -> new BusinessRuleViolation("invitation", TEXT.get("firm.invitationInvalid")));
    if (members.isMember(invitation.firmId(), actor.subject())) {
      throw new StateConflict(TEXT.get("firm.alreadyMember"));
    }
    invitation.accept(actor.subject(), clock);
    members.add(
        new FirmMember(
            invitation.firmId(),
            actor.subject(),
            invitation.invitedBy(),
            OffsetDateTime.now(clock)));
    events.record(actor, new MemberJoined(invitation.firmId()));
    return firm.orElseThrow();
  }

  /** An invitation as shown to the member who made it. */
  public record Invitation(UUID firmId, String code, OffsetDateTime expiresAt) {}

  /**
   * An administrator assigns the firm's guidance to a named adviser of the ROM of its region, whom
   * the directory of known users must know as such; that adviser then has the firm in their
   * caseload by name.
   */
  public Guidance assignAdviser(Actor admin, UUID firmId, String adviser) {
    FirmAccess.toAssignAdvisers(admin).require();
    Guidance guidance =
        guidances
            .ofFirm(firmId)
            .orElseThrow(() -> new StateConflict(TEXT.get("firm.noGuidanceRequested")));
    guidance.assign(adviser, directory::find);
    events.record(admin, new AdviserAssigned(firmId, guidance.assignedAdviser()));
    return guidance;
  }

  public Firm revise(Actor actor, UUID id, long expectedVersion, FirmDetails details) {
    Firm firm = require(actor, id, FirmAccess::toChangeDetails);
    StaleVersion.requireCurrent(RecordKind.FIRM, id, expectedVersion, firm.version());
    firm.revise(details, clock);
    recordChange(actor, firm, new FirmRevised(id));
    return firm;
  }

  public List<RecordEvent> history(Actor actor, UUID id) {
    require(actor, id, FirmAccess::toRead);
    return history.of("firm", id);
  }

  /** The firm asks the ROM of its region for guidance, optionally letting advisers edit plans. */
  public Guidance requestGuidance(Actor actor, UUID id, boolean editGranted) {
    Firm firm = require(actor, id, FirmAccess::toActForTheFirm);
    Guidance guidance = guidances.ofFirm(id).orElse(null);
    if (guidance == null) {
      guidance = Guidance.request(firm, editGranted, actor.subject(), clock);
      guidances.add(guidance);
    } else {
      guidance.start(firm.province(), editGranted, actor.subject(), clock);
    }
    events.record(actor, new GuidanceRequested(id, editGranted));
    return guidance;
  }

  /** The firm ends the guidance: the advisers no longer see its data. */
  public void endGuidance(Actor actor, UUID id) {
    require(actor, id, FirmAccess::toActForTheFirm);
    guidances
        .ofFirm(id)
        .orElseThrow(() -> new StateConflict(TEXT.get("firm.noActiveGuidance")))
        .end(clock);
    events.record(actor, new GuidanceEnded(id));
  }

  /** The firms an adviser guides: active guidance in the adviser's region, or assigned. */
  public List<Firm> caseload(Actor adviser) {
    FirmAccess.toKeepACaseload(adviser).require();
    List<Firm> caseload = firms.guidedIn(adviser.romRegion().orElse(null), adviser.subject());
    caseload.forEach(f -> events.record(adviser, new FirmListed(f.id())));
    return caseload;
  }

  /** What was done with the firm's data by whom; only the firm's own users read it. */
  public List<AuditEntry> auditOf(Actor actor, UUID id) {
    require(actor, id, FirmAccess::toActForTheFirm);
    return audit.aboutFirm(id);
  }

  /**
   * The firm, once the policy's answer to {@code question} allows it; an adviser's access on the
   * firm's guidance is a read of its data, which the firm sees in its audit log.
   */
  private Firm require(Actor actor, UUID id, Function<FirmAccess, Access> question) {
    Firm firm = firms.find(id).orElseThrow(() -> new RecordNotFound(RecordKind.FIRM, id));
    Ground ground =
        question
            .apply(FirmAccess.of(actor, relations.between(actor, id)))
            .require(RecordKind.FIRM, id);
    if (ground.readsAnotherPartysData()) {
      events.record(actor, new FirmRead(id));
    }
    return firm;
  }

  private void recordChange(Actor actor, Firm firm, FirmEvent event) {
    firms.flush();
    events.record(actor, event, firm.version(), FirmSnapshot.of(firm, LocalDate.now(clock)));
  }
}
