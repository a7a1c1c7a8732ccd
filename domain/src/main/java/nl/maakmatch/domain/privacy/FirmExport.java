package nl.maakmatch.domain.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import nl.maakmatch.domain.RecordKind;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.deal.DealService;
import nl.maakmatch.domain.document.DocumentService;
import nl.maakmatch.domain.document.PlanDocument;
import nl.maakmatch.domain.event.EventRecorder;
import nl.maakmatch.domain.event.FirmEvent.FirmExported;
import nl.maakmatch.domain.firm.Firm;
import nl.maakmatch.domain.firm.FirmAccess;
import nl.maakmatch.domain.firm.FirmRelations;
import nl.maakmatch.domain.firm.FirmService;
import nl.maakmatch.domain.match.PlanMatch;
import nl.maakmatch.domain.match.PlanMatches;
import nl.maakmatch.domain.plan.InvestmentPlan;
import nl.maakmatch.domain.plan.PlanService;

/**
 * Everything MaakMatch holds about a firm, for its own users to take with them (GDPR art. 15 and
 * 20): the firm, each plan with every match kept of it, its introductions as the firm sees them
 * (answers, offers, messages) and its documents. An adviser guiding the firm is refused; anyone
 * else does not learn the firm exists. Each export is in the firm's audit log.
 */
@ApplicationScoped
@Transactional
public class FirmExport {

  @Inject FirmService firms;
  @Inject FirmRelations relations;
  @Inject PlanService plans;
  @Inject PlanMatches matches;
  @Inject DealService deals;
  @Inject DocumentService documents;
  @Inject EventRecorder events;

  public Exported of(Actor actor, UUID firmId) {
    requireOwnUser(actor, firmId);
    Firm firm = firms.firm(actor, firmId);
    List<PlanRecords> planRecords =
        plans.plansOf(actor, firmId).stream().map(plan -> recordsOf(actor, firmId, plan)).toList();
    events.record(actor, new FirmExported(firmId));
    return new Exported(firm, planRecords);
  }

  /**
   * Some of the matches {@link #of} listed, whole: a plan matched daily holds thousands of them at
   * tens of kilobytes each, so they are read a few at a time while the export is written.
   */
  public List<PlanMatch> matches(Actor actor, UUID firmId, UUID planId, List<UUID> ids) {
    requireOwnUser(actor, firmId);
    plans.plan(actor, firmId, planId);
    return matches.ofPlan(planId, ids);
  }

  private void requireOwnUser(Actor actor, UUID firmId) {
    FirmAccess.of(actor, relations.between(actor, firmId))
        .toActForTheFirm()
        .require(RecordKind.FIRM, firmId);
  }

  private PlanRecords recordsOf(Actor actor, UUID firmId, InvestmentPlan plan) {
    return new PlanRecords(
        plan,
        matches.keptOf(plan.id()),
        deals.ofPlan(actor, firmId, plan.id()).stream()
            .map(listed -> deals.introduction(actor, listed.introduction().id()))
            .toList(),
        documents.documentsOf(actor, firmId, plan.id()));
  }

  /** The firm and its plans; documents' contents are read one by one when written out. */
  public record Exported(Firm firm, List<PlanRecords> plans) {}

  /**
   * A plan with every match kept of it (identified; read whole with {@link #matches}), its
   * introductions and its documents.
   */
  public record PlanRecords(
      InvestmentPlan plan,
      List<PlanMatches.Kept> matches,
      List<DealService.Seen> introductions,
      List<PlanDocument> documents) {}
}
