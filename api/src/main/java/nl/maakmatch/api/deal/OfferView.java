package nl.maakmatch.api.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.maakmatch.domain.deal.Offer;

/** An offer's terms as the parties read them. */
public record OfferView(
    long amountEur,
    String instrumentId,
    BigDecimal annualRatePercent,
    Integer termMonths,
    String conditions,
    LocalDate validUntil) {

  static OfferView of(Offer offer) {
    return new OfferView(
        offer.amountEur(),
        offer.instrumentId(),
        offer.annualRatePercent(),
        offer.termMonths(),
        offer.conditions(),
        offer.validUntil());
  }
}
