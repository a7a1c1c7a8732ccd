package nl.maakmatch.api.deal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Introduce the same plan, with the same parts shared, to another organisation. */
public record RerouteRequest(
    @NotBlank(message = "{maakmatch.required}")
        @Size(max = 100, message = "{maakmatch.tooLong}")
        @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "{maakmatch.organisation}")
        String organisation,
    @Size(max = 4000, message = "{maakmatch.tooLong}") String message) {}
