package nl.maakmatch.domain.event;

import java.util.Optional;
import java.util.UUID;

/**
 * Something that happened to a record, as a type rather than a string: its name is the event type
 * in the record's history and the action in the audit log, and the party it concerns besides the
 * record (the organisation a plan was shared with, the adviser assigned) is a field of its own.
 */
public sealed interface DomainEvent
    permits PlanEvent, FirmEvent, OrganisationEvent, CatalogueEvent, DealEvent, DocumentEvent {

  /** The kind of record it happened to, as its history names it ({@code plan}, {@code firm}). */
  String aggregateType();

  /** The id of the record it happened to. */
  String aggregateId();

  /** The firm whose data it concerns, whose audit log shows it. */
  default Optional<UUID> firmId() {
    return Optional.empty();
  }

  /** The event's name: the simple name of its type, e.g. {@code PlanSubmitted}. */
  default String type() {
    return getClass().getSimpleName();
  }

  /** Whom or what else the event concerns: an organisation's code, an adviser's id. */
  default Optional<String> detail() {
    return Optional.empty();
  }

  /** The reason the actor stated (break-glass reads). */
  default Optional<String> reason() {
    return Optional.empty();
  }
}
