package nl.maakmatch.domain.access;

import java.time.OffsetDateTime;

/** One line of the audit log as the administrator reads it. */
public record AuditLine(
    OffsetDateTime occurredAt,
    String actor,
    String actorRoles,
    String action,
    String subjectType,
    String subjectId,
    String detail,
    String reason) {}
