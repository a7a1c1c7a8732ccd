package nl.maakmatch.matching.plan;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An investment plan to be financed. Amounts in whole euros.
 *
 * @param totalInvestmentEur all costs of the plan (taken as the eligible costs for aid rates)
 * @param ownContributionEur the firm's own money put in
 * @param committedByOthersEur money others already committed (investors, customers)
 * @param startsOn when work or the investment commitment starts; subsidies need an application
 *     before this date (incentive effect)
 * @param trl technology readiness level 1–9 of what the plan develops or deploys; null when not
 *     given, in which case TRL rules are not checked
 * @param capexLines the plan's costs line by line, adding up to the total; empty when the plan
 *     states none, in which case the costs are taken as one line spread evenly over its purposes
 */
public record PlanProfile(
    Set<Purpose> purposes,
    long totalInvestmentEur,
    long ownContributionEur,
    long committedByOthersEur,
    LocalDate startsOn,
    Integer trl,
    Set<KeyTechnology> keyTechnologies,
    List<CostItem> capexLines) {

  public PlanProfile {
    Objects.requireNonNull(purposes, "purposes");
    Objects.requireNonNull(startsOn, "startsOn");
    Objects.requireNonNull(keyTechnologies, "keyTechnologies");
    if (purposes.isEmpty()) {
      throw new IllegalArgumentException("a plan needs at least one purpose");
    }
    purposes = Set.copyOf(EnumSet.copyOf(purposes));
    keyTechnologies =
        keyTechnologies.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(keyTechnologies));
    if (totalInvestmentEur <= 0) {
      throw new IllegalArgumentException("totalInvestmentEur must be positive");
    }
    if (ownContributionEur < 0 || committedByOthersEur < 0) {
      throw new IllegalArgumentException("contributions must not be negative");
    }
    if (trl != null && (trl < 1 || trl > 9)) {
      throw new IllegalArgumentException("trl must lie in 1..9, was " + trl);
    }
    capexLines = List.copyOf(capexLines);
    if (!capexLines.isEmpty()
        && capexLines.stream().mapToLong(CostItem::amountEur).sum() != totalInvestmentEur) {
      throw new IllegalArgumentException("the capex lines must add up to the total investment");
    }
  }

  /** A plan that states no cost lines. */
  public PlanProfile(
      Set<Purpose> purposes,
      long totalInvestmentEur,
      long ownContributionEur,
      long committedByOthersEur,
      LocalDate startsOn,
      Integer trl,
      Set<KeyTechnology> keyTechnologies) {
    this(
        purposes,
        totalInvestmentEur,
        ownContributionEur,
        committedByOthersEur,
        startsOn,
        trl,
        keyTechnologies,
        List.of());
  }

  /** What the cost lines spend per year, by year; empty when the plan states no lines. */
  public SortedMap<Integer, Long> spendingByYear() {
    SortedMap<Integer, Long> byYear = new TreeMap<>();
    capexLines.forEach(line -> byYear.merge(line.year(), line.amountEur(), Long::sum));
    return byYear;
  }

  /** Whether the plan states its costs line by line. */
  public boolean statesCostLines() {
    return !capexLines.isEmpty();
  }

  /** The money still to be found: investment minus own contribution and commitments. */
  public long needEur() {
    return Math.max(0, totalInvestmentEur - ownContributionEur - committedByOthersEur);
  }

  public Optional<Integer> trlIfKnown() {
    return Optional.ofNullable(trl);
  }
}
