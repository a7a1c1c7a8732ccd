package nl.maakmatch.domain.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import nl.maakmatch.matching.firm.Province;

/**
 * An adviser's note on a firm, kept by the ROM of the region it was written in. Written once, never
 * changed.
 */
@Entity
@Table(name = "case_note")
public class CaseNote {

  public static final int BODY_LENGTH = 4000;

  @Id private UUID id;

  @Column(name = "firm_id", nullable = false, updatable = false)
  private UUID firmId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Province region;

  @Column(nullable = false, updatable = false)
  private String author;

  @Column(nullable = false, updatable = false)
  private String body;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  protected CaseNote() {}

  static CaseNote write(UUID firmId, Province region, String author, String body, Clock clock) {
    if (body == null || body.isBlank() || body.length() > BODY_LENGTH) {
      throw new IllegalArgumentException("a note has 1 to " + BODY_LENGTH + " characters");
    }
    CaseNote note = new CaseNote();
    note.id = UUID.randomUUID();
    note.firmId = Objects.requireNonNull(firmId);
    note.region = Objects.requireNonNull(region);
    note.author = Objects.requireNonNull(author);
    note.body = body;
    note.createdAt = OffsetDateTime.now(clock);
    return note;
  }

  public UUID id() {
    return id;
  }

  public UUID firmId() {
    return firmId;
  }

  public Province region() {
    return region;
  }

  public String author() {
    return author;
  }

  public String body() {
    return body;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
