package nl.maakmatch.api.match;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import nl.maakmatch.matching.stack.Objective;

/**
 * "Check your options" without an account: a firm's key figures and one plan.
 *
 * @param includeProposed also list proposed instruments (never as something to apply for) and show,
 *     beside the real stack, what each would add if enacted ({@code whatIf})
 * @param objective what the financing stack optimises; lowest cost when absent
 * @param countedUncertain catalogue ids of uncertain instruments to count on in the stack anyway
 */
public record PreviewRequest(
    @NotNull(message = "{maakmatch.required}") @Valid FirmInput firm,
    @NotNull(message = "{maakmatch.required}") @Valid PlanInput plan,
    Boolean includeProposed,
    Objective objective,
    List<String> countedUncertain) {}
