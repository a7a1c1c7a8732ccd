package nl.maakmatch.domain.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.maakmatch.domain.document.DocumentType.Accepted;

/**
 * A document a firm attached to one of its plans (aggregate root). Invariants: its media type is
 * one {@link DocumentTypes} accepted from its bytes; its size is positive and its SHA-256 is that
 * of the bytes kept; what it is, and who uploaded it when, never changes. Deleting it records who
 * did and when; its contents are removed, the record stays for the audit log.
 */
@Entity
@Table(name = "plan_document")
public class PlanDocument {

  @Id private UUID id;

  @Column(name = "plan_id", nullable = false, updatable = false)
  private UUID planId;

  @Column(name = "firm_id", nullable = false, updatable = false)
  private UUID firmId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private DocumentKind kind;

  @Column(name = "file_name", nullable = false, updatable = false)
  private String fileName;

  @Column(name = "media_type", nullable = false, updatable = false)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;

  @Column(nullable = false, updatable = false)
  private String sha256;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private DocumentStorage storage;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private OffsetDateTime uploadedAt;

  @Column(name = "uploaded_by", nullable = false, updatable = false)
  private String uploadedBy;

  @Column(name = "deleted_at")
  private OffsetDateTime deletedAt;

  @Column(name = "deleted_by")
  private String deletedBy;

  @Version
  @Column(name = "lock_version")
  private long lockVersion;

  protected PlanDocument() {}

  /** A document of the plan, from a received file whose bytes were {@code type}. */
  static PlanDocument upload(
      UUID planId,
      UUID firmId,
      DocumentKind kind,
      DocumentFileName fileName,
      Accepted type,
      ReceivedFile file,
      DocumentStorage storage,
      String by,
      Clock clock) {
    if (file.size() <= 0) {
      throw new IllegalArgumentException("a document has contents");
    }
    if (!file.sha256().matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("a SHA-256 is 64 hexadecimal digits");
    }
    PlanDocument document = new PlanDocument();
    document.id = UUID.randomUUID();
    document.planId = Objects.requireNonNull(planId, "planId");
    document.firmId = Objects.requireNonNull(firmId, "firmId");
    document.kind = Objects.requireNonNull(kind, "kind");
    document.fileName = fileName.value();
    document.mediaType = type.mediaType();
    document.sizeBytes = file.size();
    document.sha256 = file.sha256();
    document.storage = Objects.requireNonNull(storage, "storage");
    document.uploadedBy = Objects.requireNonNull(by, "by");
    document.uploadedAt = OffsetDateTime.now(clock);
    return document;
  }

  /** Records the deletion; the caller removes the contents. Deleting twice changes nothing. */
  void delete(String by, Clock clock) {
    if (deletedAt == null) {
      deletedAt = OffsetDateTime.now(clock);
      deletedBy = Objects.requireNonNull(by, "by");
    }
  }

  public boolean isDeleted() {
    return deletedAt != null;
  }

  public UUID id() {
    return id;
  }

  public UUID planId() {
    return planId;
  }

  public UUID firmId() {
    return firmId;
  }

  public DocumentKind kind() {
    return kind;
  }

  public DocumentFileName fileName() {
    return new DocumentFileName(fileName);
  }

  public String mediaType() {
    return mediaType;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public String sha256() {
    return sha256;
  }

  public DocumentStorage storage() {
    return storage;
  }

  public OffsetDateTime uploadedAt() {
    return uploadedAt;
  }

  public String uploadedBy() {
    return uploadedBy;
  }

  public Optional<OffsetDateTime> deletedAt() {
    return Optional.ofNullable(deletedAt);
  }

  public Optional<String> deletedBy() {
    return Optional.ofNullable(deletedBy);
  }

  public long version() {
    return lockVersion;
  }
}
