package nl.maakmatch.domain.rematch;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * How far a re-match run is.
 *
 * @param done plans matched again so far
 * @param changed of those, plans whose eligible instruments or stack changed (their firm was told)
 * @param failed of those, plans the engine could not match (logged; the run went on)
 * @param finishedAt when it completed or was superseded; null while it runs
 * @param instances how many instances matched plans of the run: every instance shares each run
 */
public record RematchProgress(
    UUID id,
    RematchStatus status,
    String reason,
    String requestedBy,
    OffsetDateTime requestedAt,
    OffsetDateTime finishedAt,
    int total,
    int done,
    int changed,
    int failed,
    int instances) {}
