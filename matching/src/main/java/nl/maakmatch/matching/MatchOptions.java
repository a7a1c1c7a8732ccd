package nl.maakmatch.matching;

import java.util.Objects;
import nl.maakmatch.matching.stack.Objective;

/**
 * How to match.
 *
 * @param includeProposed also list the policy proposals of the 2022 industry note (never eligible;
 *     shown so a firm or policy maker sees what they would offer), and evaluate each as if enacted
 *     beside the real stack ({@link MatchResult#whatIf()})
 * @param objective what the financing stack is optimised for
 */
public record MatchOptions(boolean includeProposed, Objective objective) {

  public MatchOptions {
    Objects.requireNonNull(objective, "objective");
  }

  /** Existing instruments only, cheapest stack. */
  public static MatchOptions defaults() {
    return new MatchOptions(false, Objective.LOWEST_COST);
  }
}
