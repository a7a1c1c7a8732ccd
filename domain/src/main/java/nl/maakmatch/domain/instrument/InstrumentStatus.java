package nl.maakmatch.domain.instrument;

/** Whether a firm can apply for an instrument now. */
public enum InstrumentStatus {
  AVAILABLE,
  /** Existed, but takes no new applications (e.g. the RDM scheme). */
  CLOSED,
  /** A policy proposal: never presented as something one can apply for. */
  PROPOSED
}
