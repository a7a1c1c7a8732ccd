package nl.maakmatch.api.deal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A question or answer in an introduction's thread. */
public record MessageRequest(
    @NotBlank(message = "{maakmatch.required}") @Size(max = 4000, message = "{maakmatch.tooLong}")
        String text) {}
