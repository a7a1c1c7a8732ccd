package nl.maakmatch.api.firm;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The firm to join and the invitation code one of its users gave. */
public record JoinRequest(
    @NotNull(message = "{maakmatch.required}")
        @Pattern(regexp = "\\d{8}", message = "{maakmatch.kvk}")
        String kvkNumber,
    @NotBlank(message = "{maakmatch.required}") @Size(max = 40, message = "{maakmatch.tooLong}")
        String code) {}
