package nl.maakmatch.domain.plan;

import static nl.maakmatch.domain.DomainMessages.TEXT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.maakmatch.domain.BusinessRuleViolation;
import nl.maakmatch.domain.RecordKind;
import nl.maakmatch.domain.RecordNotFound;
import nl.maakmatch.domain.StaleVersion;
import nl.maakmatch.domain.access.Access;
import nl.maakmatch.domain.access.Access.Ground;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.event.EventRecorder;
import nl.maakmatch.domain.event.FirmEvent.FirmRead;
import nl.maakmatch.domain.event.PlanEvent;
import nl.maakmatch.domain.event.PlanEvent.BreakGlassRead;
import nl.maakmatch.domain.event.PlanEvent.PlanClosed;
import nl.maakmatch.domain.event.PlanEvent.PlanCommented;
import nl.maakmatch.domain.event.PlanEvent.PlanDrafted;
import nl.maakmatch.domain.event.PlanEvent.PlanFunded;
import nl.maakmatch.domain.event.PlanEvent.PlanMatched;
import nl.maakmatch.domain.event.PlanEvent.PlanRead;
import nl.maakmatch.domain.event.PlanEvent.PlanRevised;
import nl.maakmatch.domain.event.PlanEvent.PlanShared;
import nl.maakmatch.domain.event.PlanEvent.PlanSubmitted;
import nl.maakmatch.domain.event.PlanEvent.PlanWithdrawn;
import nl.maakmatch.domain.firm.FirmRelations;
import nl.maakmatch.domain.firm.FirmService;
import nl.maakmatch.domain.history.RecordEvent;
import nl.maakmatch.domain.history.RecordHistory;

/**
 * A firm's investment plans through their lifecycle, and who besides the firm sees them: guiding
 * advisers (through the firm) and financiers the firm introduced the plan to. Who may do what is
 * {@link PlanAccess}'s answer; each action loads, requires access, acts, stores and records.
 */
@ApplicationScoped
@Transactional
public class PlanService {

  @Inject Plans plans;
  @Inject DraftKeys draftKeys;
  @Inject PlanAudience audience;
  @Inject PlanComments comments;
  @Inject FirmService firms;
  @Inject FirmRelations relations;
  @Inject RecordHistory history;
  @Inject EventRecorder events;
  @Inject Clock clock;

  public InvestmentPlan draft(Actor actor, UUID firmId, PlanDetails details) {
    return draft(actor, firmId, details, Optional.empty()).plan();
  }

  /**
   * Starts a plan; under an Idempotency-Key the firm used before for the same request, returns the
   * plan that request created instead of a second one.
   *
   * @throws BusinessRuleViolation when the key was used for a different request
   */
  public Drafted draft(
      Actor actor, UUID firmId, PlanDetails details, Optional<IdempotencyKey> key) {
    PlanAccess.toDraft(actor, relations.between(actor, firmId)).require(RecordKind.FIRM, firmId);
    if (key.isPresent()) {
      Optional<DraftKeys.Kept> kept = draftKeys.find(firmId, key.get().value());
      if (kept.isPresent()) {
        if (!kept.get().requestDigest().equals(key.get().requestDigest())) {
          throw new BusinessRuleViolation(
              "idempotency-key-reused", TEXT.get("plan.idempotencyKeyReused"));
        }
        InvestmentPlan earlier =
            plans
                .find(kept.get().planId())
                .orElseThrow(() -> new RecordNotFound(RecordKind.PLAN, kept.get().planId()));
        return new Drafted(earlier, true);
      }
    }
    InvestmentPlan plan = InvestmentPlan.draft(firmId, details, actor.subject(), clock);
    plans.add(plan);
    key.ifPresent(
        k ->
            draftKeys.keep(
                firmId, k.value(), k.requestDigest(), plan.id(), OffsetDateTime.now(clock)));
    return new Drafted(recorded(actor, plan, new PlanDrafted(plan.id(), firmId)), false);
  }

  /**
   * A plan started, or found again.
   *
   * @param replayed true when an earlier request under the same Idempotency-Key created it
   */
  public record Drafted(InvestmentPlan plan, boolean replayed) {}

  public List<InvestmentPlan> plansOf(Actor actor, UUID firmId) {
    firms.firm(actor, firmId);
    return plans.ofFirm(firmId);
  }

  public InvestmentPlan plan(Actor actor, UUID firmId, UUID planId) {
    return require(actor, firmId, planId, PlanAccess::toReadThroughItsFirm);
  }

  /**
   * A plan by its own id: for its firm's users and guiding advisers, and for a financier whose
   * organisation the firm shared it with as {@link PlanAccess#financiersSee} allows (that read is
   * audited). Anyone else: not found.
   */
  public InvestmentPlan plan(Actor actor, UUID planId) {
    InvestmentPlan plan =
        plans.find(planId).orElseThrow(() -> new RecordNotFound(RecordKind.PLAN, planId));
    return require(actor, plan.firmId(), planId, PlanAccess::toRead);
  }

  public InvestmentPlan revise(
      Actor actor, UUID firmId, UUID planId, Long expectedVersion, PlanDetails details) {
    InvestmentPlan plan = require(actor, firmId, planId, PlanAccess::toRevise);
    StaleVersion.requireCurrent(RecordKind.PLAN, planId, expectedVersion, plan.version());
    plan.revise(details, clock);
    return recorded(actor, plan, new PlanRevised(planId, firmId));
  }

  public InvestmentPlan submit(Actor actor, UUID firmId, UUID planId, Long expectedVersion) {
    InvestmentPlan plan = changingStatus(actor, firmId, planId, expectedVersion);
    plan.submit(clock);
    return recorded(actor, plan, new PlanSubmitted(planId, firmId));
  }

  public InvestmentPlan withdraw(Actor actor, UUID firmId, UUID planId, Long expectedVersion) {
    InvestmentPlan plan = changingStatus(actor, firmId, planId, expectedVersion);
    plan.withdraw(clock);
    // the deal flow withdraws the plan's introductions on this event: nobody is shown it any more
    return recorded(actor, plan, new PlanWithdrawn(planId, firmId));
  }

  public InvestmentPlan close(Actor actor, UUID firmId, UUID planId, Long expectedVersion) {
    InvestmentPlan plan = changingStatus(actor, firmId, planId, expectedVersion);
    plan.close(clock);
    return recorded(actor, plan, new PlanClosed(planId, firmId));
  }

  public InvestmentPlan markFunded(Actor actor, UUID firmId, UUID planId, Long expectedVersion) {
    InvestmentPlan plan = changingStatus(actor, firmId, planId, expectedVersion);
    plan.markFunded(clock);
    return recorded(actor, plan, new PlanFunded(planId, firmId));
  }

  /** Records that a plan was matched; a submitted plan moves on to MATCHED. */
  public InvestmentPlan matched(Actor actor, InvestmentPlan plan) {
    PlanStatus before = plan.status();
    plan.matched(clock);
    if (plan.status() != before) {
      return recorded(actor, plan, new PlanMatched(plan.id(), plan.firmId()));
    }
    return plan;
  }

  public List<RecordEvent> history(Actor actor, UUID firmId, UUID planId) {
    require(actor, firmId, planId, PlanAccess::toReadThroughItsFirm);
    return history.of("plan", planId);
  }

  /**
   * The firm introduced the plan to a financier organisation: a submitted or matched plan is SHARED
   * from then on. The introduction itself is the deal flow's.
   */
  public void introduced(Actor actor, InvestmentPlan plan, String organisation) {
    PlanStatus before = plan.status();
    plan.shared(clock);
    PlanShared event = new PlanShared(plan.id(), plan.firmId(), organisation);
    if (plan.status() != before) {
      recorded(actor, plan, event);
    } else {
      events.record(actor, event);
    }
  }

  /** A financier the plan was introduced to paid out: the plan is FUNDED, if still open. */
  public void fundedThrough(Actor financier, UUID planId, String organisation) {
    InvestmentPlan plan =
        plans.find(planId).orElseThrow(() -> new RecordNotFound(RecordKind.PLAN, planId));
    if (plan.status().isOpen()) {
      plan.markFunded(clock);
      recorded(financier, plan, new PlanFunded(planId, plan.firmId()));
    }
  }

  /** A remark by the firm or a guiding adviser. */
  public PlanComment comment(Actor actor, UUID firmId, UUID planId, String body) {
    Ground ground = requireGround(actor, firmId, planId, PlanAccess::toReadThroughItsFirm);
    String role = ground == Ground.MEMBER ? "firm" : "adviser";
    PlanComment comment =
        new PlanComment(planId, actor.subject(), role, body, OffsetDateTime.now(clock));
    comments.add(comment);
    events.record(actor, new PlanCommented(planId, firmId));
    return comment;
  }

  public List<PlanComment> comments(Actor actor, UUID firmId, UUID planId) {
    require(actor, firmId, planId, PlanAccess::toReadThroughItsFirm);
    return comments.onPlan(planId);
  }

  /**
   * An administrator reads a plan's contents only with a stated reason, which is written to the
   * audit log the firm can read (break-glass).
   */
  public InvestmentPlan breakGlass(Actor admin, UUID planId, String reason) {
    PlanAccess.toBreakGlass(admin).require();
    if (reason == null || reason.strip().length() < 10) {
      throw new IllegalArgumentException(
          "state why you need to read this plan (at least 10 characters)");
    }
    InvestmentPlan plan =
        plans.find(planId).orElseThrow(() -> new RecordNotFound(RecordKind.PLAN, planId));
    events.record(admin, new BreakGlassRead(planId, plan.firmId(), reason.strip()));
    return plan;
  }

  /** A status change is the firm's own decision, on the version the caller saw (if named). */
  private InvestmentPlan changingStatus(
      Actor actor, UUID firmId, UUID planId, Long expectedVersion) {
    InvestmentPlan plan = require(actor, firmId, planId, PlanAccess::toChangeItsStatus);
    StaleVersion.requireCurrent(RecordKind.PLAN, planId, expectedVersion, plan.version());
    return plan;
  }

  private InvestmentPlan require(
      Actor actor, UUID firmId, UUID planId, Function<PlanAccess, Access> question) {
    return load(actor, firmId, planId, question).plan();
  }

  private Ground requireGround(
      Actor actor, UUID firmId, UUID planId, Function<PlanAccess, Access> question) {
    return load(actor, firmId, planId, question).ground();
  }

  private record Loaded(InvestmentPlan plan, Ground ground) {}

  /**
   * The plan of the firm, once the policy's answer to {@code question} allows it. Reads of another
   * party's data are audited: an adviser's as a read of the firm, a financier's as a read of the
   * plan.
   */
  private Loaded load(
      Actor actor, UUID firmId, UUID planId, Function<PlanAccess, Access> question) {
    InvestmentPlan plan =
        plans
            .find(planId)
            .filter(p -> p.firmId().equals(firmId))
            .orElseThrow(() -> new RecordNotFound(RecordKind.PLAN, planId));
    Set<String> sharedWith =
        PlanAccess.turnsOnSharing(actor) ? audience.organisationsShownThePlan(planId) : Set.of();
    PlanAccess access =
        PlanAccess.of(
            actor,
            new PlanAccess.Facts(relations.between(actor, firmId), plan.status(), sharedWith));
    Ground ground = question.apply(access).require(RecordKind.PLAN, planId);
    if (ground == Ground.GUIDANCE) {
      events.record(actor, new FirmRead(firmId));
    } else if (ground == Ground.CONSENT) {
      events.record(actor, new PlanRead(planId, firmId));
    }
    return new Loaded(plan, ground);
  }

  private InvestmentPlan recorded(Actor actor, InvestmentPlan plan, PlanEvent event) {
    plans.flush();
    events.record(actor, event, plan.version(), PlanSnapshot.of(plan));
    return plan;
  }
}
