package nl.maakmatch.api.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The financier organisation the firm consents to show the plan to. */
public record ShareRequest(
    @NotBlank(message = "{maakmatch.required}")
        @Size(max = 100, message = "{maakmatch.tooLong}")
        @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "{maakmatch.organisation}")
        String organisation) {}
