package nl.maakmatch.api.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.maakmatch.api.validation.SingleLine;

/** Why every open plan is to be matched again, for the run's record. */
public record RematchRequest(
    @NotBlank(message = "{maakmatch.required}")
        @Size(max = 200, message = "{maakmatch.tooLong}")
        @SingleLine
        String reason) {}
