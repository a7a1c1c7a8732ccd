package nl.maakmatch.domain.rematch;

/** Where a re-match run is. */
public enum RematchStatus {
  RUNNING,
  COMPLETED,
  /** A later catalogue change started a new run over every plan. */
  SUPERSEDED
}
