package nl.maakmatch.matching.catalogue;

/**
 * A share of costs that the reference gives as a range (VEKI "30-70%") or a single value. The
 * engine checks eligibility against {@code high} (never turn a firm away on a guess) and builds
 * stacks with {@code low} (never promise more than the scheme surely gives).
 */
public record ShareRange(double low, double high) {

  public ShareRange {
    if (!(low >= 0 && low <= high && high <= 1)) {
      throw new IllegalArgumentException("need 0 <= low <= high <= 1, was " + low + ".." + high);
    }
  }

  public static ShareRange exactly(double share) {
    return new ShareRange(share, share);
  }

  public boolean isRange() {
    return low != high;
  }
}
