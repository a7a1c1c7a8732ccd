package nl.maakmatch.api.organisation;

import nl.maakmatch.domain.deal.OrganisationStatistics;
import nl.maakmatch.domain.organisation.Organisation;

/**
 * An organisation of the register. For banks and investors: the working days within which it
 * promises to answer an introduction, and the share of introductions it answered in time (absent
 * before it answered or missed any).
 */
public record OrganisationView(
    String code,
    String name,
    String kind,
    boolean active,
    Integer responseDays,
    Double answeredInTimeShare,
    long version) {

  public static OrganisationView of(Organisation organisation) {
    return new OrganisationView(
        organisation.code(),
        organisation.name(),
        organisation.kind().name(),
        organisation.active(),
        organisation.kind().finances() ? organisation.responseDays() : null,
        null,
        organisation.version());
  }

  /** A financier's entry with its public promise: the share of introductions answered in time. */
  public static OrganisationView of(Organisation organisation, OrganisationStatistics figures) {
    OrganisationView view = of(organisation);
    return new OrganisationView(
        view.code(),
        view.name(),
        view.kind(),
        view.active(),
        view.responseDays(),
        figures.answeredInTimeShare().orElse(null),
        view.version());
  }
}
