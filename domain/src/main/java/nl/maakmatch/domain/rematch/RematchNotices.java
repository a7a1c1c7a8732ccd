package nl.maakmatch.domain.rematch;

import static nl.maakmatch.domain.DomainMessages.TEXT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.maakmatch.domain.firm.FirmMembers;
import nl.maakmatch.domain.match.MatchService.Rematched;
import nl.maakmatch.domain.notification.Notice;
import nl.maakmatch.domain.notification.Notifier;
import nl.maakmatch.domain.plan.InvestmentPlan;

/**
 * Tells a firm's users when matching their plan again changed what fits it: "new financing fits",
 * or "the financing changed" when an instrument dropped out or the stack was composed differently.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RematchNotices {

  static final String KIND = "PlanRematched";

  @Inject FirmMembers members;
  @Inject Notifier notifier;

  /** Queues the notice for the firm's users when there is anything to tell. */
  public void tell(Rematched rematched) {
    ResultChange change = rematched.change();
    if (!change.any()) {
      return;
    }
    InvestmentPlan plan = rematched.plan();
    String gained = String.join(", ", change.gained().values());
    String lost = String.join(", ", change.lost().values());
    String body =
        change.lost().isEmpty()
            ? change.gained().isEmpty()
                ? "notice.PlanRematched.stack.body"
                : "notice.PlanRematched.gained.body"
            : change.gained().isEmpty()
                ? "notice.PlanRematched.lost.body"
                : "notice.PlanRematched.both.body";
    String title =
        change.lost().isEmpty() && !change.gained().isEmpty()
            ? "notice.PlanRematched.gained.title"
            : "notice.PlanRematched.changed.title";
    notifier.notify(
        List.copyOf(members.subjectsOf(plan.firmId())),
        new Notice(
            KIND,
            null,
            TEXT.get(title, plan.title()),
            TEXT.get(body, plan.title(), gained, lost),
            "/firms/" + plan.firmId() + "/plans/" + plan.id()));
  }
}
