package nl.maakmatch.domain.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.maakmatch.matching.plan.KeyTechnology;
import nl.maakmatch.matching.plan.Purpose;

/** Everything a firm states about an investment plan, checked as a whole. */
public record PlanDetails(
    String title,
    String description,
    Set<Purpose> purposes,
    List<CapexLine> capexLines,
    long ownContributionEur,
    long committedByOthersEur,
    LocalDate startsOn,
    List<Milestone> milestones,
    ExpectedEffects expectedEffects,
    Set<KeyTechnology> keyTechnologies,
    Integer trl) {

  public PlanDetails {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(startsOn, "startsOn");
    description = description == null ? "" : description;
    purposes = Set.copyOf(purposes);
    capexLines = List.copyOf(capexLines);
    milestones = List.copyOf(milestones);
    keyTechnologies = Set.copyOf(keyTechnologies);
    expectedEffects = expectedEffects == null ? ExpectedEffects.NONE : expectedEffects;
    if (title.isBlank()) {
      throw new IllegalArgumentException("a plan needs a title");
    }
    if (purposes.isEmpty()) {
      throw new IllegalArgumentException("a plan needs at least one purpose");
    }
    if (capexLines.isEmpty()) {
      throw new IllegalArgumentException("a plan needs at least one capex line");
    }
    if (ownContributionEur < 0 || committedByOthersEur < 0) {
      throw new IllegalArgumentException("contributions must not be negative");
    }
    long total = capexLines.stream().mapToLong(CapexLine::amountEur).reduce(0L, Math::addExact);
    if (Math.addExact(ownContributionEur, committedByOthersEur) > total) {
      throw new IllegalArgumentException(
          "own contribution plus committed amounts exceed the total investment");
    }
    if (trl != null && (trl < 1 || trl > 9)) {
      throw new IllegalArgumentException("TRL lies between 1 and 9");
    }
  }

  /** The plan's total: always the sum of its lines. */
  public long totalInvestmentEur() {
    return capexLines.stream().mapToLong(CapexLine::amountEur).reduce(0L, Math::addExact);
  }
}
