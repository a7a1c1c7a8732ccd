package nl.maakmatch.domain.instrument;

/** How sure the catalogue is of an instrument's key parameters. */
public enum InstrumentConfidence {
  CONFIRMED,
  ESTIMATE,
  PROPOSED
}
