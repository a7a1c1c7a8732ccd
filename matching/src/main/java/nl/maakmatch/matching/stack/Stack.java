package nl.maakmatch.matching.stack;

import java.util.List;

/**
 * A composed financing stack.
 *
 * @param feasible whether the parts cover the whole need
 * @param uncoveredEur what no feasible combination could cover (0 when feasible)
 * @param gberAidUsedEur GBER aid equivalent the stack uses
 * @param gberAidCapEur the cumulation ceilings of all cost lines together
 * @param costLines per cost line the national aid on it (GBER and de minimis) and its ceiling
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
    long estimatedAnnualCostEur,
    List<CostLineAid> costLines) {

  public Stack {
    parts = List.copyOf(parts);
    costLines = List.copyOf(costLines);
  }

  /**
   * The aid on one cost line.
   *
   * @param aidUsedEur national aid on the line (GBER and de minimis, pro rata over the lines each
   *     part covers), rounded
   * @param aidCapEur the highest applicable intensity times the line, rounded down
   */
  public record CostLineAid(String id, long amountEur, long aidUsedEur, long aidCapEur) {}
}
