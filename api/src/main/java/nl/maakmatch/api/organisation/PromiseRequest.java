package nl.maakmatch.api.organisation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The working days within which the organisation promises to answer a new introduction. */
public record PromiseRequest(
    @NotNull(message = "{maakmatch.required}")
        @Min(value = 1, message = "{maakmatch.promiseDays}")
        @Max(value = 60, message = "{maakmatch.promiseDays}")
        Integer workingDays) {}
