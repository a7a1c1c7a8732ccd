package nl.maakmatch.api.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.maakmatch.domain.plan.InvestmentPlan;

/**
 * An investment plan as the firm sees it.
 *
 * @param financingNeedEur what is still to be found: total minus own contribution and commitments
 */
public record PlanView(
    UUID id,
    UUID firmId,
    String title,
    String description,
    Set<String> purposes,
    List<Line> capexLines,
    long totalInvestmentEur,
    long ownContributionEur,
    long committedByOthersEur,
    long financingNeedEur,
    LocalDate startsOn,
    List<Step> milestones,
    Effects expectedEffects,
    Set<String> keyTechnologies,
    Integer trl,
    String status,
    long version,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {

  /** One investment. */
  public record Line(
      String description, String category, long amountEur, int year, int economicLifeYears) {}

  /** One milestone. */
  public record Step(String description, LocalDate dueOn) {}

  /** Expected effects. */
  public record Effects(Integer jobs, BigDecimal co2TonnesPerYear, BigDecimal productivityPct) {}

  public static PlanView of(InvestmentPlan plan) {
    var effects = plan.expectedEffects();
    return new PlanView(
        plan.id(),
        plan.firmId(),
        plan.title(),
        plan.description(),
        names(plan.purposes()),
        plan.capexLines().stream()
            .map(
                l ->
                    new Line(
                        l.description(),
                        l.category().name(),
                        l.amountEur(),
                        l.year(),
                        l.economicLifeYears()))
            .toList(),
        plan.totalInvestmentEur(),
        plan.ownContributionEur(),
        plan.committedByOthersEur(),
        Math.max(
            0, plan.totalInvestmentEur() - plan.ownContributionEur() - plan.committedByOthersEur()),
        plan.startsOn(),
        plan.milestones().stream().map(m -> new Step(m.description(), m.dueOn())).toList(),
        new Effects(effects.jobs(), effects.co2TonnesPerYear(), effects.productivityPct()),
        names(plan.keyTechnologies()),
        plan.trl(),
        plan.status().name(),
        plan.version(),
        plan.createdAt(),
        plan.updatedAt());
  }

  private static Set<String> names(Set<? extends Enum<?>> values) {
    return new TreeSet<>(values.stream().map(Enum::name).toList());
  }
}
