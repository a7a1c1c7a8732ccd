package nl.maakmatch.domain.event;

import java.util.Optional;

/** Changes to the register of organisations and to their settings; they concern no firm. */
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

  /** The organisation promised to answer introductions within so many working days. */
  record PromiseChanged(String code, int workingDays) implements OrganisationEvent {
    @Override
    public Optional<String> detail() {
      return Optional.of(workingDays + " working days");
    }
  }

  /** A member set (or changed) where the organisation's events are posted, and with which key. */
  record WebhookSet(String code) implements OrganisationEvent {}

  /** A member stopped the organisation's webhook; its events stay in the log. */
  record WebhookRemoved(String code) implements OrganisationEvent {}
}
