package nl.maakmatch.domain.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A financier's offer: an amount through one instrument, at a yearly rate over a term, under
 * conditions, valid until a date. Invariants: a positive amount, a rate from 0 to 100 %, a term of
 * 1 to 600 months.
 */
public record Offer(
    long amountEur,
    String instrumentId,
    BigDecimal annualRatePercent,
    Integer termMonths,
    String conditions,
    LocalDate validUntil) {

  public Offer {
    if (amountEur <= 0) {
      throw new IllegalArgumentException("an offer is for a positive amount");
    }
    Objects.requireNonNull(validUntil, "validUntil");
    if (annualRatePercent != null
        && (annualRatePercent.signum() < 0
            || annualRatePercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
      throw new IllegalArgumentException("a yearly rate lies between 0 and 100 %");
    }
    if (termMonths != null && (termMonths < 1 || termMonths > 600)) {
      throw new IllegalArgumentException("a term lies between 1 and 600 months");
    }
  }

  /** The offer kept in an entity's offer columns, if any (the amount is null without one). */
  static Optional<Offer> fromColumns(
      Long amountEur,
      String instrumentId,
      BigDecimal annualRatePercent,
      Integer termMonths,
      String conditions,
      LocalDate validUntil) {
    return amountEur == null
        ? Optional.empty()
        : Optional.of(
            new Offer(
                amountEur, instrumentId, annualRatePercent, termMonths, conditions, validUntil));
  }

  public Optional<String> instrument() {
    return Optional.ofNullable(instrumentId);
  }
}
