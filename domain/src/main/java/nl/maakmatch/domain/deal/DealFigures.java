package nl.maakmatch.domain.deal;

import static nl.maakmatch.domain.DomainMessages.TEXT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import nl.maakmatch.domain.RecordKind;
import nl.maakmatch.domain.RecordNotFound;
import nl.maakmatch.domain.access.Access;
import nl.maakmatch.domain.access.Access.Ground;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.access.Role;
import nl.maakmatch.domain.organisation.Organisation;
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
    toSeeStatistics(actor, code).require();
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

  static Access toSeeStatistics(Actor actor, String code) {
    if (actor.has(Role.ADMIN)) {
      return Access.allowed(Ground.ROLE);
    }
    return actor.has(Role.FINANCIER) && actor.organisation().equals(Optional.of(code))
        ? Access.allowed(Ground.ROLE)
        : Access.refused(TEXT.get("introduction.statisticsMembersOnly"));
  }
}
