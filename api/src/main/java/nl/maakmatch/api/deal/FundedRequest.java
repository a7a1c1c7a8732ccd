package nl.maakmatch.api.deal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import nl.maakmatch.api.Limits;

/** The financier reports the money paid out; without an amount, the accepted offer's. */
public record FundedRequest(
    @Positive(message = "{maakmatch.positive}")
        @Max(value = Limits.MAX_EUR, message = "{maakmatch.tooLarge}")
        Long amountEur) {}
