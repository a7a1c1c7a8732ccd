package nl.maakmatch.api.document;

import java.time.OffsetDateTime;
import java.util.UUID;
import nl.maakmatch.domain.document.PlanDocument;

/**
 * A document attached to a plan, without its contents.
 *
 * @param mediaType what its bytes were found to be (it is served as this type)
 * @param sha256 the SHA-256 of its contents, hexadecimal; also the download's ETag
 */
public record DocumentView(
    UUID id,
    String kind,
    String fileName,
    String mediaType,
    long sizeBytes,
    String sha256,
    OffsetDateTime uploadedAt,
    String uploadedBy) {

  public static DocumentView of(PlanDocument document) {
    return new DocumentView(
        document.id(),
        document.kind().name(),
        document.fileName().value(),
        document.mediaType(),
        document.sizeBytes(),
        document.sha256(),
        document.uploadedAt(),
        document.uploadedBy());
  }
}
