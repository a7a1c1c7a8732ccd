package nl.maakmatch.domain.event;

/** Changes to the register of organisations; they concern no firm. */
public sealed interface OrganisationEvent extends DomainEvent {

  String code();

  @Override
  default String aggregateType() {
    return "organisation";
  }

  @Override
  default String aggregateId() {
    return code();
  }

  record OrganisationRegistered(String code) implements OrganisationEvent {}

  record OrganisationChanged(String code) implements OrganisationEvent {}

  record OrganisationDeactivated(String code) implements OrganisationEvent {}
}
