package nl.maakmatch.domain.deal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import nl.maakmatch.domain.RecordKind;
import nl.maakmatch.domain.RecordNotFound;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.organisation.Organisation;
import nl.maakmatch.domain.organisation.OrganisationAccess;
import nl.maakmatch.domain.organisation.OrganisationRegister;
import nl.maakmatch.domain.plan.Plans;
import nl.maakmatch.domain.region.RegionAccess;
import nl.maakmatch.matching.firm.Province;

/** Figures over many introductions: an organisation's statistics, a region's pipeline. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DealFigures {

  @Inject Introductions introductions;
  @Inject OrganisationRegister organisations;
  @Inject Plans plans;
  @Inject Clock clock;

  /** The full statistics: for the organisation's own members and administrators. */
  public OrganisationStatistics statistics(Actor actor, String code) {
    Organisation organisation =
        organisations
            .find(code)
            .orElseThrow(() -> new RecordNotFound(RecordKind.ORGANISATION, code));
    OrganisationAccess.toReadTheRecordsOf(actor, code).require();
    return statisticsOf(organisation);
  }

  /** The figures behind the promise shown publicly on the organisation's entry. */
  public OrganisationStatistics statisticsOf(Organisation organisation) {
    return OrganisationStatistics.of(
        organisation.code(),
        organisation.responseDays(),
        introductions.receivedBy(organisation.code()),
        OffsetDateTime.now(clock));
  }

  /** The region's pipeline: for its ROM's advisers and administrators. */
  public RegionPipeline pipeline(Actor actor, Province region) {
    RegionAccess.toSeeTheWhatIf(actor, region).require();
    OffsetDateTime now = OffsetDateTime.now(clock);
    return RegionPipeline.of(
        region,
        introductions.ofFirmsIn(region).stream()
            .map(
                o ->
                    new RegionPipeline.Counted(
                        o,
                        plans.find(o.introduction().planId()).orElseThrow(),
                        o.introduction().isOverdue(now)))
            .toList());
  }
}
