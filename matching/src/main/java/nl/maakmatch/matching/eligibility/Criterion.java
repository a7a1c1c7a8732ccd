package nl.maakmatch.matching.eligibility;

/** The kinds of rule an instrument can set; each has its own policy. */
public enum Criterion {
  STATUS,
  SIZE_CLASS,
  SECTOR,
  REGION,
  FIRM_AGE,
  PURPOSE,
  AMOUNT_MIN,
  AMOUNT_MAX,
  TRL,
  APPLY_BEFORE_START,
  APPLICATION_WINDOW,
  DE_MINIMIS_HEADROOM,
  /** A condition the plan does not state yet (a partner, an innovation claim, a TRL). */
  CONDITION
}
