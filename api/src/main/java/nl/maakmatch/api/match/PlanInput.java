package nl.maakmatch.api.match;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.maakmatch.api.Limits;
import nl.maakmatch.api.plan.PlanFinancing;
import nl.maakmatch.api.plan.PlanRequest.CapexLineInput;
import nl.maakmatch.api.validation.TechnologyReadiness;
import nl.maakmatch.matching.plan.KeyTechnology;
import nl.maakmatch.matching.plan.PlanProfile;
import nl.maakmatch.matching.plan.Purpose;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The investment plan to finance. Its amounts are checked as {@link PlanFinancing}; capex lines are
 * optional, checked as a stored plan's ({@link CapexLineInput}), and when given the engine counts
 * aid on them line by line instead of spreading the costs evenly.
 */
public record PlanInput(
    @NotEmpty(message = "{maakmatch.purposes}")
        Set<@NotNull(message = "{maakmatch.required}") Purpose> purposes,
    Long totalInvestmentEur,
    Long ownContributionEur,
    Long committedByOthersEur,
    @NotNull(message = "{maakmatch.required}") LocalDate startsOn,
    @TechnologyReadiness Integer trl,
    @Size(max = 20, message = "{maakmatch.tooMany}")
        Set<@NotNull(message = "{maakmatch.required}") KeyTechnology> keyTechnologies,
    @Size(max = 200, message = "{maakmatch.tooMany}")
        List<@NotNull(message = "{maakmatch.required}") @Valid CapexLineInput> capexLines) {

  /** The financing, checked as in every request that states it; here the total is stated. */
  @Valid
  @ConvertGroup(from = Default.class, to = PlanFinancing.StatedTotal.class)
  @Schema(hidden = true)
  public PlanFinancing getFinancing() {
    return new PlanFinancing(totalInvestmentEur, ownContributionEur, committedByOthersEur);
  }

  /**
   * Optional capex lines, checked like a stored plan's, must add up to the stated total: the engine
   * counts aid on them line by line. A line that is itself invalid reports its own error.
   */
  @AssertTrue(message = "{maakmatch.capexLinesAddUp}")
  @Schema(hidden = true)
  public boolean isCapexLinesAddingUp() {
    if (capexLines == null || capexLines.isEmpty() || totalInvestmentEur == null) {
      return true;
    }
    long total = 0;
    for (CapexLineInput line : capexLines) {
      if (line == null
          || line.amountEur() == null
          || line.amountEur() <= 0
          || line.amountEur() > Limits.MAX_EUR) {
        return true;
      }
      total += line.amountEur();
    }
    return total == totalInvestmentEur;
  }

  public PlanProfile toProfile() {
    return new PlanProfile(
        purposes,
        totalInvestmentEur,
        ownContributionEur,
        getFinancing().committedByOthersOrNone(),
        startsOn,
        trl,
        keyTechnologies == null ? Set.of() : keyTechnologies,
        capexLines == null
            ? List.of()
            : capexLines.stream().map(line -> line.toLine().toCostItem()).toList());
  }
}
