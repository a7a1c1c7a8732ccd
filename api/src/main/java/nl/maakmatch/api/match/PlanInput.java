package nl.maakmatch.api.match;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;
import java.time.LocalDate;
import java.util.Set;
import nl.maakmatch.api.plan.PlanFinancing;
import nl.maakmatch.api.validation.TechnologyReadiness;
import nl.maakmatch.matching.plan.KeyTechnology;
import nl.maakmatch.matching.plan.PlanProfile;
import nl.maakmatch.matching.plan.Purpose;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The investment plan to finance. Its amounts are checked as {@link PlanFinancing}. */
public record PlanInput(
    @NotEmpty(message = "{maakmatch.purposes}")
        Set<@NotNull(message = "{maakmatch.required}") Purpose> purposes,
    Long totalInvestmentEur,
    Long ownContributionEur,
    Long committedByOthersEur,
    @NotNull(message = "{maakmatch.required}") LocalDate startsOn,
    @TechnologyReadiness Integer trl,
    @Size(max = 20, message = "{maakmatch.tooMany}")
        Set<@NotNull(message = "{maakmatch.required}") KeyTechnology> keyTechnologies) {

  /** The financing, checked as in every request that states it; here the total is stated. */
  @Valid
  @ConvertGroup(from = Default.class, to = PlanFinancing.StatedTotal.class)
  @Schema(hidden = true)
  public PlanFinancing getFinancing() {
    return new PlanFinancing(totalInvestmentEur, ownContributionEur, committedByOthersEur);
  }

  public PlanProfile toProfile() {
    return new PlanProfile(
        purposes,
        totalInvestmentEur,
        ownContributionEur,
        getFinancing().committedByOthersOrNone(),
        startsOn,
        trl,
        keyTechnologies == null ? Set.of() : keyTechnologies);
  }
}
