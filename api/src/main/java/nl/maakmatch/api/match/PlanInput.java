package nl.maakmatch.api.match;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import nl.maakmatch.matching.plan.KeyTechnology;
import nl.maakmatch.matching.plan.Purpose;

/** The investment plan to finance. */
public record PlanInput(
    @NotEmpty(message = "{maakmatch.purposes}") Set<@NotNull(message = "{maakmatch.required}") Purpose> purposes,
    @NotNull(message = "{maakmatch.required}")
        @Positive(message = "{maakmatch.positive}")
        @Max(value = Limits.MAX_EUR, message = "{maakmatch.tooLarge}")
        Long totalInvestmentEur,
    @NotNull(message = "{maakmatch.required}")
        @PositiveOrZero(message = "{maakmatch.notNegative}")
        @Max(value = Limits.MAX_EUR, message = "{maakmatch.tooLarge}")
        Long ownContributionEur,
    @PositiveOrZero(message = "{maakmatch.notNegative}")
        @Max(value = Limits.MAX_EUR, message = "{maakmatch.tooLarge}")
        Long committedByOthersEur,
    @NotNull(message = "{maakmatch.required}") LocalDate startsOn,
    @Min(value = 1, message = "{maakmatch.trl}") @Max(value = 9, message = "{maakmatch.trl}") Integer trl,
    @Size(max = 20, message = "{maakmatch.tooMany}") Set<@NotNull(message = "{maakmatch.required}") KeyTechnology> keyTechnologies) {

  /** Own money and commitments cannot exceed what the plan costs. */
  @JsonIgnore
  @AssertTrue(message = "{maakmatch.contributionsExceedTotal}")
  public boolean isOwnContributionEur() {
    if (totalInvestmentEur == null || ownContributionEur == null) {
      return true;
    }
    long committed = committedByOthersEur == null ? 0 : committedByOthersEur;
    return ownContributionEur + committed <= totalInvestmentEur;
  }
}
