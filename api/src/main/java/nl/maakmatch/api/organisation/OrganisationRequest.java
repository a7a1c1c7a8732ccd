package nl.maakmatch.api.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.maakmatch.api.validation.SingleLine;
import nl.maakmatch.domain.organisation.OrganisationKind;

/**
 * An organisation as an administrator registers or changes it. The code is what the identity
 * provider puts in a user's {@code organisation} claim.
 */
public record OrganisationRequest(
    @NotBlank(message = "{maakmatch.required}")
        @Size(max = 100, message = "{maakmatch.tooLong}")
        @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "{maakmatch.organisation}")
        String code,
    @NotBlank(message = "{maakmatch.required}")
        @Size(max = 200, message = "{maakmatch.tooLong}")
        @SingleLine
        String name,
    @NotNull(message = "{maakmatch.required}") OrganisationKind kind,
    Boolean active) {}
