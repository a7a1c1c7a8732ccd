package nl.maakmatch.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A remark on a plan by its firm or a guiding adviser; never edited. */
@Entity
@Table(name = "plan_comment")
public class PlanComment {

  @Id private UUID id;

  @Column(name = "plan_id", nullable = false, updatable = false)
  private UUID planId;

  @Column(nullable = false, updatable = false)
  private String author;

  @Column(name = "author_role", nullable = false, updatable = false)
  private String authorRole;

  @Column(nullable = false, updatable = false)
  private String body;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  protected PlanComment() {}

  PlanComment(UUID planId, String author, String authorRole, String body, OffsetDateTime at) {
    if (body == null || body.isBlank()) {
      throw new IllegalArgumentException("a comment needs text");
    }
    this.id = UUID.randomUUID();
    this.planId = planId;
    this.author = author;
    this.authorRole = authorRole;
    this.body = body.strip();
    this.createdAt = at;
  }

  public UUID id() {
    return id;
  }

  public UUID planId() {
    return planId;
  }

  public String author() {
    return author;
  }

  public String authorRole() {
    return authorRole;
  }

  public String body() {
    return body;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
