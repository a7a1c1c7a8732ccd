package nl.maakmatch.matching.eligibility;

/**
 * Whether a firm's plan meets an instrument's rules: {@link Eligible} with what fits, {@link
 * Uncertain} with what is still open and whom to ask, or {@link Ineligible} with every unmet
 * criterion. Never a bare boolean, so every "no" and every "perhaps" can be explained to the firm
 * owner.
 */
public sealed interface Eligibility permits Eligible, Uncertain, Ineligible {

  Verdict verdict();

  /** True only for {@link Eligible}: an uncertain outcome is not (yet) eligible. */
  default boolean isEligible() {
    return verdict() == Verdict.ELIGIBLE;
  }
}
