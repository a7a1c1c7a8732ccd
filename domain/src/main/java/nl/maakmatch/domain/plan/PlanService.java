package nl.maakmatch.domain.plan;

import static nl.maakmatch.domain.DomainTexts.TEXT;
import nl.maakmatch.domain.RecordKind;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import nl.maakmatch.domain.RecordNotFound;
import nl.maakmatch.domain.StaleVersion;
import nl.maakmatch.domain.StateConflict;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.access.AuditTrail;
import nl.maakmatch.domain.access.NotPermitted;
import nl.maakmatch.domain.access.Role;
import nl.maakmatch.domain.firm.Firm;
import nl.maakmatch.domain.firm.FirmService;
import nl.maakmatch.domain.history.RecordEvent;
import nl.maakmatch.domain.history.RecordHistory;

/**
 * A firm's investment plans through their lifecycle, and who besides the firm sees them:
 * guiding advisers (through the firm) and financiers the firm shared the plan with.
 */
@ApplicationScoped
@Transactional
public class PlanService {

  static final String AGGREGATE = "plan";

  @Inject Plans plans;
  @Inject FirmService firms;
  @Inject RecordHistory history;
  @Inject AuditTrail audit;
  @Inject nl.maakmatch.domain.organisation.OrganisationRegister organisations;
  @Inject Clock clock;

  @PersistenceContext(unitName = "maakmatch")
  EntityManager em;

  public InvestmentPlan draft(Actor actor, UUID firmId, PlanDetails details) {
    Firm firm = firms.firm(actor, firmId);
    if (!firms.isMember(actor.subject(), firmId)) {
      throw new NotPermitted(TEXT.get("plan.draftMembersOnly"));
    }
    InvestmentPlan plan = InvestmentPlan.draft(firm.id(), details, actor.subject(), clock);
    plans.add(plan);
    return recorded(plan, "PlanDrafted", actor);
  }

  public List<InvestmentPlan> plansOf(Actor actor, UUID firmId) {
    firms.firm(actor, firmId);
    return plans.ofFirm(firmId);
  }

  public InvestmentPlan plan(Actor actor, UUID firmId, UUID planId) {
    firms.firm(actor, firmId);
    return plans
        .find(planId)
        .filter(p -> p.firmId().equals(firmId))
        .orElseThrow(() -> new RecordNotFound(RecordKind.PLAN, planId));
  }

  /**
   * A plan by its own id: for its firm's owner and guiding advisers, and for a financier whose
   * organisation the firm shared it with (that read is audited). Anyone else: not found.
   */
  public InvestmentPlan plan(Actor actor, UUID planId) {
    InvestmentPlan plan =
        plans.find(planId).orElseThrow(() -> new RecordNotFound(RecordKind.PLAN, planId));
    if (actor.has(Role.FINANCIER) && sharedWith(actor, planId)) {
      audit.record(actor, "PlanRead", AGGREGATE, planId, plan.firmId(), null);
      return plan;
    }
    try {
      firms.firm(actor, plan.firmId());
    } catch (RecordNotFound hidden) {
      throw new RecordNotFound(RecordKind.PLAN, planId);
    }
    return plan;
  }

  public InvestmentPlan revise(
      Actor actor, UUID firmId, UUID planId, Long expectedVersion, PlanDetails details) {
    return change(actor, firmId, planId, expectedVersion, "PlanRevised", true, p -> p.revise(details, clock));
  }

  public InvestmentPlan submit(Actor actor, UUID firmId, UUID planId, Long expectedVersion) {
    return change(actor, firmId, planId, expectedVersion, "PlanSubmitted", false, p -> p.submit(clock));
  }

  public InvestmentPlan withdraw(Actor actor, UUID firmId, UUID planId, Long expectedVersion) {
    InvestmentPlan plan =
        change(actor, firmId, planId, expectedVersion, "PlanWithdrawn", false, p -> p.withdraw(clock));
    // a withdrawn plan is no longer shown to financiers
    activeShares(planId).forEach(s -> s.withdraw(actor.subject(), clock));
    return plan;
  }

  public InvestmentPlan close(Actor actor, UUID firmId, UUID planId, Long expectedVersion) {
    return change(actor, firmId, planId, expectedVersion, "PlanClosed", false, p -> p.close(clock));
  }

  public InvestmentPlan markFunded(Actor actor, UUID firmId, UUID planId, Long expectedVersion) {
    return change(actor, firmId, planId, expectedVersion, "PlanFunded", false, p -> p.markFunded(clock));
  }

  /** Records that a plan was matched; a submitted plan moves on to MATCHED. */
  public InvestmentPlan matched(Actor actor, InvestmentPlan plan) {
    PlanStatus before = plan.status();
    plan.matched(clock);
    if (plan.status() != before) {
      return recorded(plan, "PlanMatched", actor);
    }
    return plan;
  }

  public List<RecordEvent> history(Actor actor, UUID firmId, UUID planId) {
    plan(actor, firmId, planId);
    return history.of(AGGREGATE, planId);
  }

  /** The firm consents to show the plan to a financier organisation. */
  public PlanShare share(Actor actor, UUID firmId, UUID planId, String organisation) {
    InvestmentPlan plan = owned(actor, firmId, planId);
    if (!plan.status().isOpen()) {
      throw new StateConflict(TEXT.get("plan.notShareable", plan.status()));
    }
    if (organisations.activeFinancier(organisation).isEmpty()) {
      throw new nl.maakmatch.domain.BusinessRuleViolation(
          "unknown-financier", TEXT.get("plan.unknownFinancier", organisation));
    }
    if (activeShares(planId).stream().anyMatch(s -> s.organisation().equals(organisation))) {
      throw new StateConflict(TEXT.get("plan.alreadyShared", organisation));
    }
    PlanShare share = PlanShare.consent(planId, organisation, actor.subject(), clock);
    em.persist(share);
    audit.record(actor, "PlanSharedWith:" + organisation, AGGREGATE, planId, firmId, null);
    PlanStatus before = plan.status();
    plan.shared(clock);
    if (plan.status() != before) {
      recorded(plan, "PlanShared", actor);
    }
    return share;
  }

  /** The firm withdraws its consent: the organisation no longer sees the plan. */
  public void withdrawShare(Actor actor, UUID firmId, UUID planId, String organisation) {
    owned(actor, firmId, planId);
    PlanShare share =
        activeShares(planId).stream()
            .filter(s -> s.organisation().equals(organisation))
            .findFirst()
            .orElseThrow(() -> new RecordNotFound(RecordKind.SHARE, organisation));
    share.withdraw(actor.subject(), clock);
    audit.record(actor, "PlanShareWithdrawn:" + organisation, AGGREGATE, planId, firmId, null);
  }

  public List<PlanShare> shares(Actor actor, UUID firmId, UUID planId) {
    owned(actor, firmId, planId);
    return em.createQuery(
            "SELECT s FROM PlanShare s WHERE s.planId = :plan ORDER BY s.consentedAt", PlanShare.class)
        .setParameter("plan", planId)
        .getResultList();
  }

  /** The plans shared with the financier's organisation and still open. */
  public List<InvestmentPlan> dealsOf(Actor financier) {
    if (!financier.has(Role.FINANCIER) || financier.organisation().isEmpty()) {
      throw new NotPermitted(TEXT.get("plan.dealsFinanciersOnly"));
    }
    return em.createQuery(
            "SELECT p FROM InvestmentPlan p, PlanShare s WHERE s.planId = p.id AND"
                + " s.organisation = :org AND s.withdrawnAt IS NULL ORDER BY s.consentedAt DESC",
            InvestmentPlan.class)
        .setParameter("org", financier.organisation().get())
        .getResultList();
  }

  /** A remark by the firm or a guiding adviser. */
  public PlanComment comment(Actor actor, UUID firmId, UUID planId, String body) {
    InvestmentPlan plan = plan(actor, firmId, planId);
    String role = firms.isMember(actor.subject(), plan.firmId()) ? "firm" : "adviser";
    PlanComment comment = new PlanComment(planId, actor.subject(), role, body, OffsetDateTime.now(clock));
    em.persist(comment);
    audit.record(actor, "PlanCommented", AGGREGATE, planId, firmId, null);
    return comment;
  }

  public List<PlanComment> comments(Actor actor, UUID firmId, UUID planId) {
    plan(actor, firmId, planId);
    return em.createQuery(
            "SELECT c FROM PlanComment c WHERE c.planId = :plan ORDER BY c.createdAt", PlanComment.class)
        .setParameter("plan", planId)
        .getResultList();
  }

  /**
   * An administrator reads a plan's contents only with a stated reason, which is written to the
   * audit log the firm can read (break-glass).
   */
  public InvestmentPlan breakGlass(Actor admin, UUID planId, String reason) {
    if (!admin.has(Role.ADMIN)) {
      throw new NotPermitted(TEXT.get("plan.breakGlassAdminOnly"));
    }
    if (reason == null || reason.strip().length() < 10) {
      throw new IllegalArgumentException("state why you need to read this plan (at least 10 characters)");
    }
    InvestmentPlan plan =
        plans.find(planId).orElseThrow(() -> new RecordNotFound(RecordKind.PLAN, planId));
    audit.record(admin, "BreakGlassRead", AGGREGATE, planId, plan.firmId(), reason.strip());
    return plan;
  }

  private boolean sharedWith(Actor financier, UUID planId) {
    return financier.organisation().isPresent()
        && activeShares(planId).stream()
            .anyMatch(s -> s.organisation().equals(financier.organisation().get()));
  }

  private List<PlanShare> activeShares(UUID planId) {
    return em.createQuery(
            "SELECT s FROM PlanShare s WHERE s.planId = :plan AND s.withdrawnAt IS NULL", PlanShare.class)
        .setParameter("plan", planId)
        .getResultList();
  }

  private InvestmentPlan owned(Actor actor, UUID firmId, UUID planId) {
    InvestmentPlan plan = plan(actor, firmId, planId);
    if (!firms.isMember(actor.subject(), plan.firmId())) {
      throw new NotPermitted(TEXT.get("firm.membersOnly"));
    }
    return plan;
  }

  /**
   * Loads the plan, checks the caller may change it (its owner; for content edits also an
   * adviser the firm granted editing) and that it changes the version the caller saw (a missing
   * {@code expectedVersion} means "whatever is current", for actions that do not depend on the
   * content), applies the action and records it.
   */
  private InvestmentPlan change(
      Actor actor,
      UUID firmId,
      UUID planId,
      Long expectedVersion,
      String event,
      boolean adviserMayDo,
      Consumer<InvestmentPlan> action) {
    InvestmentPlan plan = plan(actor, firmId, planId);
    boolean permitted =
        firms.isMember(actor.subject(), plan.firmId())
            || adviserMayDo && firms.adviserMayEdit(actor, firmId);
    if (!permitted) {
      throw new NotPermitted(
          TEXT.get(adviserMayDo ? "plan.changeOwnerOrEditor" : "plan.changeOwnerOnly"));
    }
    if (expectedVersion != null && plan.version() != expectedVersion) {
      throw new StaleVersion(RecordKind.PLAN, planId, expectedVersion, plan.version());
    }
    action.accept(plan);
    return recorded(plan, event, actor);
  }

  private InvestmentPlan recorded(InvestmentPlan plan, String event, Actor actor) {
    plans.flush();
    history.record(AGGREGATE, plan.id(), plan.version(), event, actor.subject(), PlanSnapshot.of(plan));
    audit.record(actor, event, AGGREGATE, plan.id(), plan.firmId(), null);
    return plan;
  }
}
