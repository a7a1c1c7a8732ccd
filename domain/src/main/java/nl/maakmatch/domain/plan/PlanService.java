package nl.maakmatch.domain.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import nl.maakmatch.domain.RecordNotFound;
import nl.maakmatch.domain.StaleVersion;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.access.NotPermitted;
import nl.maakmatch.domain.firm.Firm;
import nl.maakmatch.domain.firm.FirmService;
import nl.maakmatch.domain.history.RecordEvent;
import nl.maakmatch.domain.history.RecordHistory;

/** A firm's investment plans through their lifecycle: load, act, store, record. */
@ApplicationScoped
@Transactional
public class PlanService {

  static final String AGGREGATE = "plan";

  @Inject Plans plans;
  @Inject FirmService firms;
  @Inject RecordHistory history;
  @Inject Clock clock;

  public InvestmentPlan draft(Actor actor, UUID firmId, PlanDetails details) {
    Firm firm = firms.firm(actor, firmId);
    if (!firm.isOwnedBy(actor.subject())) {
      throw new NotPermitted("Only the firm's owner can start a plan for it.");
    }
    InvestmentPlan plan = InvestmentPlan.draft(firm.id(), details, actor.subject(), clock);
    plans.add(plan);
    return recorded(plan, "PlanDrafted", actor);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<InvestmentPlan> plansOf(Actor actor, UUID firmId) {
    firms.firm(actor, firmId);
    return plans.ofFirm(firmId);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public InvestmentPlan plan(Actor actor, UUID firmId, UUID planId) {
    firms.firm(actor, firmId);
    return plans
        .find(planId)
        .filter(p -> p.firmId().equals(firmId))
        .orElseThrow(() -> new RecordNotFound("Plan", String.valueOf(planId)));
  }

  /** A plan by its own id, for callers that have no firm in the path (matching). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public InvestmentPlan plan(Actor actor, UUID planId) {
    InvestmentPlan plan =
        plans.find(planId).orElseThrow(() -> new RecordNotFound("Plan", String.valueOf(planId)));
    try {
      firms.firm(actor, plan.firmId());
    } catch (RecordNotFound hidden) {
      throw new RecordNotFound("Plan", String.valueOf(planId));
    }
    return plan;
  }

  public InvestmentPlan revise(
      Actor actor, UUID firmId, UUID planId, Long expectedVersion, PlanDetails details) {
    return change(actor, firmId, planId, expectedVersion, "PlanRevised", p -> p.revise(details, clock));
  }

  public InvestmentPlan submit(Actor actor, UUID firmId, UUID planId, Long expectedVersion) {
    return change(actor, firmId, planId, expectedVersion, "PlanSubmitted", p -> p.submit(clock));
  }

  public InvestmentPlan withdraw(Actor actor, UUID firmId, UUID planId, Long expectedVersion) {
    return change(actor, firmId, planId, expectedVersion, "PlanWithdrawn", p -> p.withdraw(clock));
  }

  public InvestmentPlan close(Actor actor, UUID firmId, UUID planId, Long expectedVersion) {
    return change(actor, firmId, planId, expectedVersion, "PlanClosed", p -> p.close(clock));
  }

  public InvestmentPlan markFunded(Actor actor, UUID firmId, UUID planId, Long expectedVersion) {
    return change(actor, firmId, planId, expectedVersion, "PlanFunded", p -> p.markFunded(clock));
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

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<RecordEvent> history(Actor actor, UUID firmId, UUID planId) {
    plan(actor, firmId, planId);
    return history.of(AGGREGATE, planId);
  }

  /**
   * Loads the plan, checks the caller may change it and that it changes the version the caller
   * saw (a missing {@code expectedVersion} means "whatever is current", for actions that do not
   * depend on the content), applies the action and records it.
   */
  private InvestmentPlan change(
      Actor actor,
      UUID firmId,
      UUID planId,
      Long expectedVersion,
      String event,
      Consumer<InvestmentPlan> action) {
    InvestmentPlan plan = plan(actor, firmId, planId);
    if (!plan.isOwnedBy(actor.subject())) {
      throw new NotPermitted("Only the firm's owner can change its plans.");
    }
    if (expectedVersion != null && plan.version() != expectedVersion) {
      throw new StaleVersion("Plan", planId, expectedVersion, plan.version());
    }
    action.accept(plan);
    return recorded(plan, event, actor);
  }

  private InvestmentPlan recorded(InvestmentPlan plan, String event, Actor actor) {
    plans.flush();
    history.record(AGGREGATE, plan.id(), plan.version(), event, actor.subject(), PlanSnapshot.of(plan));
    return plan;
  }
}
