package nl.maakmatch.domain.region;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.maakmatch.matching.MatchResult;
import nl.maakmatch.matching.WhatIf;
import nl.maakmatch.matching.firm.Province;

/**
 * What the industry note's proposals would do for a region's open plans if they were enacted: per
 * proposal the plans it would fit, the need those plans leave unfinanced in their real stacks, and
 * how much of it the proposal would close. Proposals do not exist; these are scenarios.
 *
 * @param plans the plans matched
 * @param unfinancedEur what the real stacks of all those plans leave uncovered together
 * @param proposals per proposal that fits at least one plan, in catalogue order
 */
public record RegionWhatIf(
    Province region, int plans, long unfinancedEur, List<ProposalEffect> proposals) {

  public RegionWhatIf {
    Objects.requireNonNull(region, "region");
    proposals = List.copyOf(proposals);
  }

  /**
   * One proposal over the region.
   *
   * @param plansFitting the plans it would fit if enacted
   * @param unfinancedOfThoseEur what the real stacks of those plans leave uncovered
   * @param wouldCloseEur how much of that it would cover
   */
  public record ProposalEffect(
      String instrumentId,
      String name,
      String shortName,
      int plansFitting,
      long unfinancedOfThoseEur,
      long wouldCloseEur) {}

  /**
   * What one plan's match says for the sums: the need its real stack leaves uncovered and the
   * proposals' scenarios beside it.
   */
  public record PlanOutcome(long unfinancedEur, List<WhatIf> scenarios) {

    public PlanOutcome {
      if (unfinancedEur < 0) {
        throw new IllegalArgumentException("unfinanced need must not be negative");
      }
      scenarios = List.copyOf(scenarios);
    }

    public static PlanOutcome of(MatchResult result) {
      return new PlanOutcome(result.stack().uncoveredEur(), result.whatIf());
    }
  }

  /**
   * Sums the outcomes of the region's plans, each matched with the proposals. A proposal never
   * closes more of a plan's need than its real stack leaves uncovered.
   */
  public static RegionWhatIf of(Province region, List<PlanOutcome> outcomes) {
    long unfinanced = 0;
    Map<String, Sum> sums = new LinkedHashMap<>();
    for (PlanOutcome outcome : outcomes) {
      long uncovered = outcome.unfinancedEur();
      unfinanced = Math.addExact(unfinanced, uncovered);
      for (WhatIf scenario : outcome.scenarios()) {
        sums.computeIfAbsent(scenario.instrumentId(), id -> new Sum(scenario))
            .add(uncovered, scenario.closesUncoveredEur());
      }
    }
    List<ProposalEffect> proposals = new ArrayList<>();
    sums.values().forEach(sum -> proposals.add(sum.effect()));
    return new RegionWhatIf(region, outcomes.size(), unfinanced, proposals);
  }

  private static final class Sum {
    private final WhatIf first;
    private int plans;
    private long unfinanced;
    private long closes;

    Sum(WhatIf first) {
      this.first = first;
    }

    void add(long uncovered, long closesOfIt) {
      plans++;
      unfinanced = Math.addExact(unfinanced, uncovered);
      closes = Math.addExact(closes, Math.min(uncovered, closesOfIt));
    }

    ProposalEffect effect() {
      return new ProposalEffect(
          first.instrumentId(), first.name(), first.shortName(), plans, unfinanced, closes);
    }
  }
}
