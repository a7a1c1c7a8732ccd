package nl.maakmatch.domain.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * Something that happened to a record, with the record's state right after it. The table is
 * append-only (a database trigger refuses updates and deletes), so history cannot be rewritten.
 */
@Entity
@Table(name = "record_event")
public class RecordEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "aggregate_type", nullable = false, updatable = false)
  private String aggregateType;

  @Column(name = "aggregate_id", nullable = false, updatable = false)
  private String aggregateId;

  @Column(name = "aggregate_version", nullable = false, updatable = false)
  private long aggregateVersion;

  @Column(name = "event_type", nullable = false, updatable = false)
  private String eventType;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private OffsetDateTime occurredAt;

  @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
  private String snapshot;

  protected RecordEvent() {}

  public RecordEvent(
      String aggregateType,
      String aggregateId,
      long aggregateVersion,
      String eventType,
      String actor,
      OffsetDateTime occurredAt,
      String snapshot) {
    this.aggregateType = Objects.requireNonNull(aggregateType);
    this.aggregateId = Objects.requireNonNull(aggregateId);
    this.aggregateVersion = aggregateVersion;
    this.eventType = Objects.requireNonNull(eventType);
    this.actor = Objects.requireNonNull(actor);
    this.occurredAt = Objects.requireNonNull(occurredAt);
    this.snapshot = Objects.requireNonNull(snapshot);
  }

  public Long id() {
    return id;
  }

  public String aggregateType() {
    return aggregateType;
  }

  public String aggregateId() {
    return aggregateId;
  }

  public long aggregateVersion() {
    return aggregateVersion;
  }

  public String eventType() {
    return eventType;
  }

  public String actor() {
    return actor;
  }

  public OffsetDateTime occurredAt() {
    return occurredAt;
  }

  public String snapshot() {
    return snapshot;
  }
}
