package nl.maakmatch.api.firm;

import jakarta.validation.constraints.NotNull;

/** Whether the guiding advisers may also edit the firm's plans. */
public record GuidanceRequest(@NotNull(message = "{maakmatch.required}") Boolean editGranted) {}
