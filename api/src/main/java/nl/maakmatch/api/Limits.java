package nl.maakmatch.api;

/** Bounds on input figures: far above any real MKB plan, low enough that sums cannot overflow. */
public final class Limits {

  /** EUR 100 billion. */
  public static final long MAX_EUR = 100_000_000_000L;

  private Limits() {}
}
