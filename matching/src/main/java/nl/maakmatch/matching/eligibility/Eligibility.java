package nl.maakmatch.matching.eligibility;

/**
 * Whether a firm's plan meets an instrument's rules: {@link Eligible} with what fits, or {@link
 * Ineligible} with every unmet criterion. Never a bare boolean, so every "no" can be explained to
 * the firm owner.
 */
public sealed interface Eligibility permits Eligible, Ineligible {

  boolean isEligible();
}
