package nl.maakmatch.domain.deal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import nl.maakmatch.domain.deal.Introductions.OfFirm;
import nl.maakmatch.domain.plan.InvestmentPlan;
import nl.maakmatch.matching.firm.Province;

/**
 * A region's deal flow at a glance: the introductions of its firms by state, sector (SBI division
 * of the firm's main activity), instrument in mind and organisation; and the total need of the
 * plans introduced against the offers accepted and the money paid out.
 */
public record RegionPipeline(
    Province region,
    int introductions,
    int overdue,
    Map<IntroductionState, Integer> byState,
    Map<String, Integer> bySector,
    Map<String, Integer> byInstrument,
    Map<String, Map<IntroductionState, Integer>> byOrganisation,
    long needEur,
    long acceptedEur,
    long fundedEur) {

  /** One introduction with its firm and plan, as the pipeline counts it. */
  record Counted(OfFirm introduced, InvestmentPlan plan, boolean overdue) {}

  static RegionPipeline of(Province region, List<Counted> counted) {
    Map<IntroductionState, Integer> byState = new TreeMap<>();
    Map<String, Integer> bySector = new TreeMap<>();
    Map<String, Integer> byInstrument = new TreeMap<>();
    Map<String, Map<IntroductionState, Integer>> byOrganisation = new TreeMap<>();
    Set<UUID> plans = new HashSet<>();
    long need = 0;
    long accepted = 0;
    long funded = 0;
    int overdue = 0;
    for (Counted c : counted) {
      Introduction i = c.introduced().introduction();
      byState.merge(i.state(), 1, Integer::sum);
      c.introduced().firm().sbiCodes().stream()
          .findFirst()
          .ifPresent(sbi -> bySector.merge(String.format("%02d", sbi.division()), 1, Integer::sum));
      i.instrumentIds().forEach(id -> byInstrument.merge(id, 1, Integer::sum));
      byOrganisation
          .computeIfAbsent(i.organisation(), o -> new TreeMap<>())
          .merge(i.state(), 1, Integer::sum);
      if (plans.add(c.plan().id())) {
        need += c.plan().totalInvestmentEur();
      }
      if (i.state() == IntroductionState.ACCEPTED || i.state() == IntroductionState.FUNDED) {
        accepted += i.offer().map(Offer::amountEur).orElse(0L);
      }
      funded += i.fundedAmountEur().orElse(0L);
      if (c.overdue()) {
        overdue++;
      }
    }
    return new RegionPipeline(
        region,
        counted.size(),
        overdue,
        byState,
        bySector,
        byInstrument,
        byOrganisation,
        need,
        accepted,
        funded);
  }
}
