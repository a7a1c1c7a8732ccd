package nl.maakmatch.matching;

import java.util.Objects;
import java.util.Set;
import nl.maakmatch.matching.stack.Objective;

/**
 * How to match.
 *
 * @param includeProposed also list the policy proposals of the 2022 industry note (never eligible;
 *     shown so a firm or policy maker sees what they would offer), and evaluate each as if enacted
 *     beside the real stack ({@link MatchResult#whatIf()})
 * @param objective what the financing stack is optimised for
 * @param countedUncertain instruments the firm chooses to count on in the stack although their
 *     match is uncertain (it has checked the open point, e.g. the ticket size with the ROM); an id
 *     whose match is eligible or not eligible changes nothing
 */
public record MatchOptions(
    boolean includeProposed, Objective objective, Set<String> countedUncertain) {

  public MatchOptions {
    Objects.requireNonNull(objective, "objective");
    countedUncertain = Set.copyOf(countedUncertain);
  }

  /** Uncertain instruments stay out of the stack. */
  public MatchOptions(boolean includeProposed, Objective objective) {
    this(includeProposed, objective, Set.of());
  }

  /** Existing instruments only, cheapest stack. */
  public static MatchOptions defaults() {
    return new MatchOptions(false, Objective.LOWEST_COST);
  }
}
