package nl.maakmatch.api.instrument;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.maakmatch.api.validation.SingleLine;

/** Why an instrument stops or starts again taking applications. */
public record StatusChangeRequest(
    @NotBlank(message = "{maakmatch.required}")
        @Size(max = 500, message = "{maakmatch.tooLong}")
        @SingleLine
        String reason) {}
