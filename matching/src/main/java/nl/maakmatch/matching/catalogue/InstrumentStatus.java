package nl.maakmatch.matching.catalogue;

/** Whether a firm can apply now. Only AVAILABLE instruments can ever be eligible. */
public enum InstrumentStatus {
  AVAILABLE,
  /** Ended or closed to new applicants (e.g. the one-off 2021 RDM round). */
  CLOSED,
  /** A policy proposal that does not exist (yet); shown only to explain what it would do. */
  PROPOSED
}
