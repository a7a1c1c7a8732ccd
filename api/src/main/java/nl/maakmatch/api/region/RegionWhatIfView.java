package nl.maakmatch.api.region;

import java.util.List;
import nl.maakmatch.domain.region.RegionWhatIf;

/**
 * The industry note's proposals as if enacted, over a province's open plans (submitted, matched or
 * shared). Proposals do not exist: these are scenarios, never financing a firm can apply for.
 *
 * @param plans the plans matched
 * @param unfinancedEur what the real stacks of those plans leave uncovered together
 * @param proposals per proposal that would fit at least one plan
 */
public record RegionWhatIfView(
    String province, int plans, long unfinancedEur, List<ProposalView> proposals) {

  /**
   * One proposal over the province.
   *
   * @param plansFitting the plans it would fit if enacted
   * @param unfinancedOfThoseEur what the real stacks of those plans leave uncovered
   * @param wouldCloseEur how much of that it would cover
   */
  public record ProposalView(
      String instrumentId,
      String name,
      String shortName,
      int plansFitting,
      long unfinancedOfThoseEur,
      long wouldCloseEur) {}

  public static RegionWhatIfView of(RegionWhatIf whatIf) {
    return new RegionWhatIfView(
        whatIf.region().name(),
        whatIf.plans(),
        whatIf.unfinancedEur(),
        whatIf.proposals().stream()
            .map(
                p ->
                    new ProposalView(
                        p.instrumentId(),
                        p.name(),
                        p.shortName(),
                        p.plansFitting(),
                        p.unfinancedOfThoseEur(),
                        p.wouldCloseEur()))
            .toList());
  }
}
