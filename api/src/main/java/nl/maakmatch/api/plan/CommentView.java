package nl.maakmatch.api.plan;

import java.time.OffsetDateTime;
import java.util.UUID;
import nl.maakmatch.domain.plan.PlanComment;

/** A remark on a plan, with who wrote it in which role. */
public record CommentView(
    UUID id, String author, String authorRole, String text, OffsetDateTime at) {

  public static CommentView of(PlanComment comment) {
    return new CommentView(
        comment.id(), comment.author(), comment.authorRole(), comment.body(), comment.createdAt());
  }
}
