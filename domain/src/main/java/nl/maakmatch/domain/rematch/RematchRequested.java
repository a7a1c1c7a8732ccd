package nl.maakmatch.domain.rematch;

import java.util.UUID;

/** A new re-match run has plans to match: whoever executes runs can start on it now. */
public record RematchRequested(UUID runId) {}
