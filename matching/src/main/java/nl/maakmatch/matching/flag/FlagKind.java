package nl.maakmatch.matching.flag;

/** What a flag on a match is about, and whether it makes the match less certain. */
public enum FlagKind {
  /** The catalogue marks the instrument's key parameters as estimates. */
  CATALOGUE_ESTIMATE(true),
  /** The reference could not confirm the instrument is still open. */
  STATUS_UNCONFIRMED(true),
  /** Terms that decide this match are estimates or engine assumptions. */
  TERMS_ESTIMATED(true),
  /** Nobody curated the terms: derived from the catalogue entry alone. */
  TERMS_DERIVED(true),
  /** The catalogue gives no cost; an engine default is used. */
  COST_UNKNOWN(true),
  /** The last known round closed; a next round is expected but not announced. */
  NEXT_ROUND_UNCONFIRMED(true),
  /** The catalogue entry's own terms replaced curated ones (an imported update). */
  TERMS_FROM_ENTRY(false),
  /** The plan is in a key technology of the 2022 industry note. */
  KEY_TECHNOLOGY(false),
  /** An equity stake would need a Wet Vifo notification (very sensitive technology). */
  VIFO_NOTIFICATION(false),
  /** The technology is in the proposed extension of Wet Vifo: check whether it applies. */
  VIFO_EXTENSION_PENDING(false),
  /** Counts against the firm's de minimis ceiling. */
  DE_MINIMIS(false),
  /** Eligible, but its money does not go into the financing stack. */
  NOT_IN_STACK(false),
  /** Uncertain, so out of the stack until the firm checks the open point and counts it in. */
  COUNTABLE_AFTER_CHECK(false),
  /**
   * Uncertain, yet counted on in the stack because the firm chose to (it checked the open point).
   */
  COUNTED_BY_CHOICE(false),
  /**
   * The plan states no cost lines: aid is counted on its total as one line, spread evenly over its
   * purposes, so aid that belongs to one kind of cost may be over- or understated.
   */
  COSTS_SPREAD_EVENLY(true);

  private final boolean lowersCertainty;

  FlagKind(boolean lowersCertainty) {
    this.lowersCertainty = lowersCertainty;
  }

  public boolean lowersCertainty() {
    return lowersCertainty;
  }
}
