package nl.maakmatch.domain.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.access.AuditEntry;
import nl.maakmatch.domain.access.AuditTrail;
import nl.maakmatch.domain.history.RecordHistory;

/**
 * Writes what happened: every event to the audit log and, when it changed the record, to the
 * record's history with the state it left the record in. The services' only way to record.
 */
@ApplicationScoped
public class EventRecorder {

  @Inject RecordHistory history;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject Event<DomainEvent> published;

  /**
   * An event that changed no record's state (a read, a consent): the audit log only. Observers of
   * the event's type (CDI, in the same transaction) act on it too.
   */
  public void record(Actor actor, DomainEvent event) {
    audit.append(auditEntryOf(event, actor, OffsetDateTime.now(clock)));
    published.fire(event);
  }

  /**
   * An event that changed its record, now at {@code version} and in the state {@code snapshot} (any
   * value Jackson can write): its history and the audit log.
   */
  public void record(Actor actor, DomainEvent event, long version, Object snapshot) {
    history.record(
        event.aggregateType(),
        event.aggregateId(),
        version,
        event.type(),
        actor.subject(),
        snapshot);
    record(actor, event);
  }

  /** The audit log's line for an event: its type as the action, its fields in their columns. */
  static AuditEntry auditEntryOf(DomainEvent event, Actor actor, OffsetDateTime at) {
    return new AuditEntry(
        at,
        actor,
        event.type(),
        event.aggregateType(),
        event.aggregateId(),
        event.firmId().orElse(null),
        event.detail().orElse(null),
        event.reason().orElse(null));
  }
}
