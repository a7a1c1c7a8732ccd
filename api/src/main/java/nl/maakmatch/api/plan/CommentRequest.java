package nl.maakmatch.api.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A remark on a plan. */
public record CommentRequest(
    @NotBlank(message = "{maakmatch.required}") @Size(max = 4000, message = "{maakmatch.tooLong}")
        String text) {}
