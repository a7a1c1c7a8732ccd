package nl.maakmatch.api.match;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import nl.maakmatch.matching.plan.KeyTechnology;
import nl.maakmatch.matching.plan.PlanProfile;
import nl.maakmatch.matching.plan.Purpose;
import nl.maakmatch.api.Limits;
import nl.maakmatch.api.validation.EuroAmount;
import nl.maakmatch.api.validation.ContributionsWithinTotal;

/** The investment plan to finance. */
@ContributionsWithinTotal
public record PlanInput(
    @NotEmpty(message = "{maakmatch.purposes}") Set<@NotNull(message = "{maakmatch.required}") Purpose> purposes,
    @NotNull(message = "{maakmatch.required}")
        @Positive(message = "{maakmatch.positive}")
        @Max(value = Limits.MAX_EUR, message = "{maakmatch.tooLarge}")
        Long totalInvestmentEur,
    @NotNull(message = "{maakmatch.required}")
        @EuroAmount
        Long ownContributionEur,
    @EuroAmount
        Long committedByOthersEur,
    @NotNull(message = "{maakmatch.required}") LocalDate startsOn,
    @Min(value = 1, message = "{maakmatch.trl}") @Max(value = 9, message = "{maakmatch.trl}") Integer trl,
    @Size(max = 20, message = "{maakmatch.tooMany}") Set<@NotNull(message = "{maakmatch.required}") KeyTechnology> keyTechnologies)
    implements ContributionsWithinTotal.Contributions {

  @Override
  public Long contributionTotalEur() {
    return totalInvestmentEur;
  }

  public PlanProfile toProfile() {
    return new PlanProfile(
        purposes,
        totalInvestmentEur,
        ownContributionEur,
        committedByOthersEur == null ? 0 : committedByOthersEur,
        startsOn,
        trl,
        keyTechnologies == null ? Set.of() : keyTechnologies);
  }
}
