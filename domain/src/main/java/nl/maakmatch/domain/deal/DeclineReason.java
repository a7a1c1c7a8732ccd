package nl.maakmatch.domain.deal;

/** Why a financier declines, as a category the firm reads in its own language and that counts. */
public enum DeclineReason {
  OUTSIDE_MANDATE,
  TOO_SMALL,
  TOO_LARGE,
  INSUFFICIENT_COLLATERAL,
  INSUFFICIENT_PROFITABILITY,
  SECTOR,
  OTHER
}
