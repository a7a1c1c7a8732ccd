package nl.maakmatch.api.instrument;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an instrument no longer takes applications. */
public record CloseRequest(
    @NotBlank(message = "{maakmatch.required}") @Size(max = 500, message = "{maakmatch.tooLong}")
        String reason) {}
