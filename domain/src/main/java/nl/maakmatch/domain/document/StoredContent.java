package nl.maakmatch.domain.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;

/**
 * The bytes of a document kept in the database, in a table of their own so that listing documents
 * never reads them.
 */
@Entity
@Table(name = "document_content")
public class StoredContent {

  @Id
  @Column(name = "document_id")
  private UUID documentId;

  @Column(nullable = false, updatable = false)
  private byte[] bytes;

  protected StoredContent() {}

  StoredContent(UUID documentId, byte[] bytes) {
    this.documentId = Objects.requireNonNull(documentId, "documentId");
    this.bytes = Objects.requireNonNull(bytes, "bytes");
  }

  byte[] bytes() {
    return bytes;
  }
}
