package nl.maakmatch.api.deal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.maakmatch.api.Limits;
import nl.maakmatch.domain.deal.Offer;

/** The terms of a financier's offer. */
public record OfferInput(
    @NotNull(message = "{maakmatch.required}")
        @Positive(message = "{maakmatch.positive}")
        @Max(value = Limits.MAX_EUR, message = "{maakmatch.tooLarge}")
        Long amountEur,
    @Size(max = 64, message = "{maakmatch.tooLong}")
        @Pattern(regexp = "[a-z0-9][a-z0-9_-]*", message = "{maakmatch.instrumentId}")
        String instrumentId,
    @DecimalMin(value = "0", message = "{maakmatch.percentage}")
        @DecimalMax(value = "100", message = "{maakmatch.percentage}")
        BigDecimal annualRatePercent,
    @Min(value = 1, message = "{maakmatch.termMonths}")
        @Max(value = 600, message = "{maakmatch.termMonths}")
        Integer termMonths,
    @Size(max = 4000, message = "{maakmatch.tooLong}") String conditions,
    @NotNull(message = "{maakmatch.required}") LocalDate validUntil) {

  Offer toOffer() {
    return new Offer(
        amountEur, instrumentId, annualRatePercent, termMonths, conditions, validUntil);
  }
}
