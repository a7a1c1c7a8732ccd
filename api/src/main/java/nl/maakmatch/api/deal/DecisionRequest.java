package nl.maakmatch.api.deal;

import jakarta.validation.constraints.NotNull;

/** The firm's decision on the offer on the table. */
public record DecisionRequest(@NotNull(message = "{maakmatch.required}") Boolean accept) {}
