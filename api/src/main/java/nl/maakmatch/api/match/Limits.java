package nl.maakmatch.api.match;

/** Bounds on input figures: far above any real MKB plan, low enough that sums cannot overflow. */
final class Limits {

  /** EUR 100 billion. */
  static final long MAX_EUR = 100_000_000_000L;

  private Limits() {}
}
