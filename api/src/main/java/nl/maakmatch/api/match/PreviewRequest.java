package nl.maakmatch.api.match;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.maakmatch.matching.stack.Objective;

/**
 * "Check your options" without an account: a firm's key figures and one plan.
 *
 * @param includeProposed also list proposed instruments (never as something to apply for) and show,
 *     beside the real stack, what each would add if enacted ({@code whatIf})
 * @param objective what the financing stack optimises; lowest cost when absent
 */
public record PreviewRequest(
    @NotNull(message = "{maakmatch.required}") @Valid FirmInput firm,
    @NotNull(message = "{maakmatch.required}") @Valid PlanInput plan,
    Boolean includeProposed,
    Objective objective) {}
