package nl.maakmatch.matching.eligibility;

/**
 * The three answers an eligibility check can give. Only {@link #NOT_ELIGIBLE} is a "no", and only
 * when a confirmed rule fails: a limit that rests on an estimate, or a condition the firm has not
 * stated yet, gives {@link #UNCERTAIN} with what to check with whom.
 */
public enum Verdict {
  /** Every rule is met. */
  ELIGIBLE,
  /** No confirmed rule fails, but an estimated limit or an unstated condition is still open. */
  UNCERTAIN,
  /** At least one confirmed rule fails. */
  NOT_ELIGIBLE;

  /** Whether the firm may still turn out to qualify: ELIGIBLE and UNCERTAIN. */
  public boolean mayQualify() {
    return this != NOT_ELIGIBLE;
  }
}
