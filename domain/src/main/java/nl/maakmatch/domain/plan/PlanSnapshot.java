package nl.maakmatch.domain.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** The state of a plan as kept in its history. */
record PlanSnapshot(
    UUID id,
    UUID firmId,
    String title,
    String description,
    Set<String> purposes,
    List<Line> capexLines,
    long totalInvestmentEur,
    long ownContributionEur,
    long committedByOthersEur,
    LocalDate startsOn,
    List<Step> milestones,
    Integer expectedJobs,
    BigDecimal expectedCo2TonnesPerYear,
    BigDecimal expectedProductivityPct,
    Set<String> keyTechnologies,
    Integer trl,
    String status) {

  record Line(
      String description, String category, long amountEur, int year, int economicLifeYears) {}

  record Step(String description, LocalDate dueOn) {}

  static PlanSnapshot of(InvestmentPlan plan) {
    return new PlanSnapshot(
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
        plan.startsOn(),
        plan.milestones().stream().map(m -> new Step(m.description(), m.dueOn())).toList(),
        plan.expectedEffects().jobs(),
        plan.expectedEffects().co2TonnesPerYear(),
        plan.expectedEffects().productivityPct(),
        names(plan.keyTechnologies()),
        plan.trl(),
        plan.status().name());
  }

  private static Set<String> names(Set<? extends Enum<?>> values) {
    return new TreeSet<>(values.stream().map(Enum::name).toList());
  }
}
