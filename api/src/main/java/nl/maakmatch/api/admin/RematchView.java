package nl.maakmatch.api.admin;

import java.time.OffsetDateTime;
import java.util.UUID;
import nl.maakmatch.domain.rematch.RematchProgress;
import nl.maakmatch.domain.rematch.RematchStatus;

/** A re-match run of every open plan, and how far it is. */
public record RematchView(
    UUID jobId,
    RematchStatus status,
    String reason,
    String requestedBy,
    OffsetDateTime requestedAt,
    OffsetDateTime finishedAt,
    int total,
    int done,
    int changed,
    int failed,
    int percent,
    int instances) {

  static RematchView of(RematchProgress progress) {
    int percent =
        progress.total() == 0 ? 100 : (int) Math.floor(100.0 * progress.done() / progress.total());
    return new RematchView(
        progress.id(),
        progress.status(),
        progress.reason(),
        progress.requestedBy(),
        progress.requestedAt(),
        progress.finishedAt(),
        progress.total(),
        progress.done(),
        progress.changed(),
        progress.failed(),
        percent,
        progress.instances());
  }
}
