package nl.maakmatch.domain.document;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The state of a document's record as kept in its history (never its contents). */
record DocumentSnapshot(
    UUID id,
    UUID planId,
    UUID firmId,
    String kind,
    String fileName,
    String mediaType,
    long sizeBytes,
    String sha256,
    OffsetDateTime uploadedAt,
    String uploadedBy,
    OffsetDateTime deletedAt,
    String deletedBy) {

  static DocumentSnapshot of(PlanDocument document) {
    return new DocumentSnapshot(
        document.id(),
        document.planId(),
        document.firmId(),
        document.kind().name(),
        document.fileName().value(),
        document.mediaType(),
        document.sizeBytes(),
        document.sha256(),
        document.uploadedAt(),
        document.uploadedBy(),
        document.deletedAt().orElse(null),
        document.deletedBy().orElse(null));
  }
}
