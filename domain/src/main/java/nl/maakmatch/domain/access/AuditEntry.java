package nl.maakmatch.domain.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Who did what to whose data, and when; never changed (the table refuses updates). The action is
 * the name of an event type; whom else it concerns (an organisation, an adviser) is the detail,
 * never part of the action.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  /** Column widths (V4, V7): an event type's name fits the action, an id or code the rest. */
  public static final int ACTION_LENGTH = 64;

  public static final int SUBJECT_ID_LENGTH = 200;

  public static final int DETAIL_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private OffsetDateTime occurredAt;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(name = "actor_roles", nullable = false, updatable = false)
  private String actorRoles;

  @Column(nullable = false, updatable = false, length = ACTION_LENGTH)
  private String action;

  @Column(name = "subject_type", nullable = false, updatable = false)
  private String subjectType;

  @Column(name = "subject_id", nullable = false, updatable = false, length = SUBJECT_ID_LENGTH)
  private String subjectId;

  @Column(name = "firm_id", updatable = false)
  private UUID firmId;

  @Column(updatable = false, length = DETAIL_LENGTH)
  private String detail;

  @Column(updatable = false)
  private String reason;

  protected AuditEntry() {}

  public AuditEntry(
      OffsetDateTime occurredAt,
      Actor actor,
      String action,
      String subjectType,
      String subjectId,
      UUID firmId,
      String detail,
      String reason) {
    this.occurredAt = occurredAt;
    this.actor = actor.subject();
    this.actorRoles = String.join(",", actor.roles().stream().map(Role::claim).sorted().toList());
    this.action = action;
    this.subjectType = subjectType;
    this.subjectId = subjectId;
    this.firmId = firmId;
    this.detail = detail;
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

  /** Whom or what else the action concerns (an organisation's code, an adviser); may be null. */
  public String detail() {
    return detail;
  }

  public String reason() {
    return reason;
  }

  /** The entry as the log's reader sees it. */
  public AuditLine line() {
    return new AuditLine(
        occurredAt, actor, actorRoles, action, subjectType, subjectId, detail, reason);
  }
}
