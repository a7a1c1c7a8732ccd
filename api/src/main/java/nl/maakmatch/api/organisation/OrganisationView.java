package nl.maakmatch.api.organisation;

import nl.maakmatch.domain.organisation.Organisation;

/** An organisation of the register. */
public record OrganisationView(
    String code, String name, String kind, boolean active, long version) {

  public static OrganisationView of(Organisation organisation) {
    return new OrganisationView(
        organisation.code(),
        organisation.name(),
        organisation.kind().name(),
        organisation.active(),
        organisation.version());
  }
}
