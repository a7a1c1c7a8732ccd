package nl.maakmatch.api.firm;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An adviser's note in the ROM's case file on a firm. */
public record NoteRequest(
    @NotBlank(message = "{maakmatch.required}") @Size(max = 4000, message = "{maakmatch.tooLong}")
        String text) {}
