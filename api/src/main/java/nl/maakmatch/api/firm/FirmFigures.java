package nl.maakmatch.api.firm;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import nl.maakmatch.api.validation.EuroAmount;
import nl.maakmatch.api.validation.FlatInJson;
import nl.maakmatch.api.validation.Headcount;
import nl.maakmatch.api.validation.OperatingFirm;

/**
 * The figures that decide a firm's EU size class, as every request that states them checks them:
 * registering or updating a firm, and the anonymous preview. In JSON they stand among the request's
 * other fields.
 *
 * @param employees staff in annual work units (may be fractional)
 * @param startUp the firm states it has only just started, so it may have no turnover yet; the
 *     engine does not use it (a starter, for an instrument, is a matter of the founding date)
 */
@FlatInJson
@OperatingFirm
public record FirmFigures(
    @NotNull(message = "{maakmatch.required}") @Headcount BigDecimal employees,
    @NotNull(message = "{maakmatch.required}") @EuroAmount Long annualTurnoverEur,
    @NotNull(message = "{maakmatch.required}") @EuroAmount Long balanceSheetTotalEur,
    Boolean startUp) {

  public boolean isStartUp() {
    return Boolean.TRUE.equals(startUp);
  }
}
