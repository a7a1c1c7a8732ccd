package nl.maakmatch.api.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.maakmatch.api.Limits;
import nl.maakmatch.api.validation.SingleLine;
import nl.maakmatch.api.validation.TechnologyReadiness;
import nl.maakmatch.domain.plan.CapexCategory;
import nl.maakmatch.domain.plan.CapexLine;
import nl.maakmatch.domain.plan.ExpectedEffects;
import nl.maakmatch.domain.plan.Milestone;
import nl.maakmatch.domain.plan.PlanDetails;
import nl.maakmatch.matching.plan.KeyTechnology;
import nl.maakmatch.matching.plan.Purpose;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An investment plan as the firm writes it. The total is the sum of the capex lines; the amounts
 * are checked as {@link PlanFinancing}.
 */
public record PlanRequest(
    @NotBlank(message = "{maakmatch.required}")
        @Size(max = 200, message = "{maakmatch.tooLong}")
        @SingleLine
        String title,
    @Size(max = 10000, message = "{maakmatch.tooLong}") String description,
    @NotEmpty(message = "{maakmatch.purposes}")
        Set<@NotNull(message = "{maakmatch.required}") Purpose> purposes,
    @NotEmpty(message = "{maakmatch.capexRequired}")
        @Size(max = 200, message = "{maakmatch.tooMany}")
        List<@NotNull(message = "{maakmatch.required}") @Valid CapexLineInput> capexLines,
    Long ownContributionEur,
    Long committedByOthersEur,
    @NotNull(message = "{maakmatch.required}") LocalDate startsOn,
    @Size(max = 100, message = "{maakmatch.tooMany}")
        List<@NotNull(message = "{maakmatch.required}") @Valid MilestoneInput> milestones,
    @Valid EffectsInput expectedEffects,
    @Size(max = 20, message = "{maakmatch.tooMany}")
        Set<@NotNull(message = "{maakmatch.required}") KeyTechnology> keyTechnologies,
    @TechnologyReadiness Integer trl) {

  /** The financing, checked as in every request that states it, against the lines' total. */
  @Valid
  @Schema(hidden = true)
  public PlanFinancing getFinancing() {
    return new PlanFinancing(totalOfLines(), ownContributionEur, committedByOthersEur);
  }

  /** The sum of the lines, or null while there are none or a line amount is itself invalid. */
  private Long totalOfLines() {
    if (capexLines == null || capexLines.isEmpty()) {
      return null;
    }
    long total = 0;
    for (CapexLineInput line : capexLines) {
      if (line == null
          || line.amountEur() == null
          || line.amountEur() <= 0
          || line.amountEur() > Limits.MAX_EUR) {
        return null;
      }
      total += line.amountEur();
    }
    return total;
  }

  public PlanDetails toDetails() {
    return new PlanDetails(
        title.strip(),
        description,
        purposes,
        capexLines.stream().map(CapexLineInput::toLine).toList(),
        ownContributionEur,
        getFinancing().committedByOthersOrNone(),
        startsOn,
        milestones == null
            ? List.of()
            : milestones.stream().map(MilestoneInput::toMilestone).toList(),
        expectedEffects == null ? ExpectedEffects.NONE : expectedEffects.toEffects(),
        keyTechnologies == null ? Set.of() : keyTechnologies,
        trl);
  }

  /** One investment of the plan. */
  public record CapexLineInput(
      @NotBlank(message = "{maakmatch.required}")
          @Size(max = 300, message = "{maakmatch.tooLong}")
          @SingleLine
          String description,
      @NotNull(message = "{maakmatch.required}") CapexCategory category,
      @NotNull(message = "{maakmatch.required}")
          @Positive(message = "{maakmatch.positive}")
          @Max(value = Limits.MAX_EUR, message = "{maakmatch.tooLarge}")
          Long amountEur,
      @NotNull(message = "{maakmatch.required}")
          @Min(value = 2000, message = "{maakmatch.year}")
          @Max(value = 2100, message = "{maakmatch.year}")
          Integer year,
      @NotNull(message = "{maakmatch.required}")
          @Min(value = 1, message = "{maakmatch.economicLife}")
          @Max(value = 100, message = "{maakmatch.economicLife}")
          Integer economicLifeYears) {

    public CapexLine toLine() {
      return new CapexLine(description.strip(), category, amountEur, year, economicLifeYears);
    }
  }

  /** A step of the plan with its date. */
  public record MilestoneInput(
      @NotBlank(message = "{maakmatch.required}")
          @Size(max = 300, message = "{maakmatch.tooLong}")
          @SingleLine
          String description,
      @NotNull(message = "{maakmatch.required}") LocalDate dueOn) {

    Milestone toMilestone() {
      return new Milestone(description.strip(), dueOn);
    }
  }

  /** What the plan should bring. */
  public record EffectsInput(
      @PositiveOrZero(message = "{maakmatch.notNegative}")
          @Max(value = 1_000_000, message = "{maakmatch.tooLarge}")
          Integer jobs,
      @DecimalMin(value = "0", message = "{maakmatch.notNegative}")
          @DecimalMax(value = "100000000", message = "{maakmatch.tooLarge}")
          BigDecimal co2TonnesPerYear,
      @DecimalMin(value = "-100", message = "{maakmatch.tooSmall}")
          @DecimalMax(value = "10000", message = "{maakmatch.tooLarge}")
          BigDecimal productivityPct) {

    ExpectedEffects toEffects() {
      return new ExpectedEffects(jobs, co2TonnesPerYear, productivityPct);
    }
  }
}
