package nl.maakmatch.domain.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Who did what to whose data, and when; never changed (the table refuses updates). */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private OffsetDateTime occurredAt;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(name = "actor_roles", nullable = false, updatable = false)
  private String actorRoles;

  @Column(nullable = false, updatable = false)
  private String action;

  @Column(name = "subject_type", nullable = false, updatable = false)
  private String subjectType;

  @Column(name = "subject_id", nullable = false, updatable = false)
  private String subjectId;

  @Column(name = "firm_id", updatable = false)
  private UUID firmId;

  @Column(updatable = false)
  private String reason;

  protected AuditEntry() {}

  AuditEntry(
      OffsetDateTime occurredAt,
      Actor actor,
      String action,
      String subjectType,
      String subjectId,
      UUID firmId,
      String reason) {
    this.occurredAt = occurredAt;
    this.actor = actor.subject();
    this.actorRoles =
        String.join(",", actor.roles().stream().map(Role::claim).sorted().toList());
    this.action = action;
    this.subjectType = subjectType;
    this.subjectId = subjectId;
    this.firmId = firmId;
    this.reason = reason;
  }

  public Long id() {
    return id;
  }

  public OffsetDateTime occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public String actorRoles() {
    return actorRoles;
  }

  public String action() {
    return action;
  }

  public String subjectType() {
    return subjectType;
  }

  public String subjectId() {
    return subjectId;
  }

  public UUID firmId() {
    return firmId;
  }

  public String reason() {
    return reason;
  }
}
