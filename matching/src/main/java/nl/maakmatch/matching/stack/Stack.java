package nl.maakmatch.matching.stack;

import java.util.List;

/**
 * A composed financing stack.
 *
 * @param feasible whether the parts cover the whole need
 * @param uncoveredEur what no feasible combination could cover (0 when feasible)
 * @param gberAidUsedEur GBER aid equivalent the stack uses of {@code gberAidCapEur}
 */
public record Stack(
    boolean feasible,
    List<StackPart> parts,
    long ownContributionEur,
    long uncoveredEur,
    long deMinimisUsedEur,
    long deMinimisHeadroomEur,
    long gberAidUsedEur,
    long gberAidCapEur,
    long estimatedAnnualCostEur) {

  public Stack {
    parts = List.copyOf(parts);
  }
}
