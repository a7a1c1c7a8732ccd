package nl.maakmatch.api.firm;

import java.time.OffsetDateTime;
import nl.maakmatch.domain.access.AuditEntry;
import nl.maakmatch.domain.access.AuditLine;

/**
 * One entry of the audit log about a firm's data; {@code detail} names whom else the action
 * concerns (the organisation a plan was shared with, the adviser assigned).
 */
public record AuditView(
    OffsetDateTime at,
    String actor,
    String actorRoles,
    String action,
    String subjectType,
    String subjectId,
    String detail,
    String reason) {

  public static AuditView of(AuditEntry entry) {
    return of(entry.line());
  }

  public static AuditView of(AuditLine line) {
    return new AuditView(
        line.occurredAt(),
        line.actor(),
        line.actorRoles(),
        line.action(),
        line.subjectType(),
        line.subjectId(),
        line.detail(),
        line.reason());
  }
}
