package nl.maakmatch.api.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.groups.Default;
import nl.maakmatch.api.Limits;
import nl.maakmatch.api.validation.ContributionsWithinTotal;
import nl.maakmatch.api.validation.EuroAmount;
import nl.maakmatch.api.validation.FlatInJson;

/**
 * How a plan is financed, as every request that states it checks it: a stored plan and the
 * anonymous preview. In JSON the amounts stand among the plan's other fields.
 *
 * @param totalInvestmentEur what the plan costs; a stored plan derives it from its capex lines
 *     (null while a line is itself invalid), the preview states it
 * @param committedByOthersEur amounts others have promised; none when absent
 */
@FlatInJson
@ContributionsWithinTotal
public record PlanFinancing(
    @NotNull(groups = PlanFinancing.StatedTotal.class, message = "{maakmatch.required}")
        @Positive(message = "{maakmatch.positive}")
        @Max(value = Limits.MAX_EUR, message = "{maakmatch.tooLarge}")
        Long totalInvestmentEur,
    @NotNull(message = "{maakmatch.required}") @EuroAmount Long ownContributionEur,
    @EuroAmount Long committedByOthersEur) {

  /**
   * Checks a financing whose total the client states rather than one derived from capex lines: the
   * total is then required as well.
   */
  public interface StatedTotal extends Default {}

  public long committedByOthersOrNone() {
    return committedByOthersEur == null ? 0 : committedByOthersEur;
  }
}
