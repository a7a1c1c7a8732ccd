package nl.maakmatch.api.match;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import nl.maakmatch.api.firm.FirmDates;
import nl.maakmatch.api.firm.FirmFigures;
import nl.maakmatch.api.firm.LinkedEnterpriseInput;
import nl.maakmatch.api.validation.EuroAmount;
import nl.maakmatch.api.validation.Percentage;
import nl.maakmatch.api.validation.SbiCodeFormat;
import nl.maakmatch.matching.firm.FirmProfile;
import nl.maakmatch.matching.firm.InvestorType;
import nl.maakmatch.matching.firm.Province;
import nl.maakmatch.matching.firm.SbiCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The firm's figures that decide its EU size class and what it may receive. The size-class figures
 * are checked as {@link FirmFigures}.
 *
 * @param employees staff in annual work units (may be fractional)
 * @param startUp the firm has only just started, so it may have no turnover yet
 * @param publicBodyOwnershipPct share of capital or votes held by public bodies
 * @param deMinimisReceivedEur de minimis aid the firm received in the last three years
 * @param publicOwnerType who holds {@code publicBodyOwnershipPct} when it is an investor that may
 *     pass 25% without ending autonomy (a ROM or Invest-NL, a university, a small municipality)
 * @param firstCommercialSaleOn when the firm first sold commercially (GBER art. 21(5))
 * @param groupDeMinimisReceivedEur de minimis aid the rest of the firm's group (its single
 *     undertaking) received in the last three years
 */
public record FirmInput(
    @NotNull(message = "{maakmatch.required}") Province province,
    @NotNull(message = "{maakmatch.required}") @SbiCodeFormat String sbiCode,
    @NotNull(message = "{maakmatch.required}") @PastOrPresent(message = "{maakmatch.notFuture}")
        LocalDate foundedOn,
    BigDecimal employees,
    Long annualTurnoverEur,
    Long balanceSheetTotalEur,
    Boolean startUp,
    @Size(max = 50, message = "{maakmatch.tooMany}")
        List<@NotNull(message = "{maakmatch.required}") @Valid LinkedEnterpriseInput>
            linkedEnterprises,
    @Percentage BigDecimal publicBodyOwnershipPct,
    @EuroAmount Long deMinimisReceivedEur,
    InvestorType publicOwnerType,
    LocalDate firstCommercialSaleOn,
    @EuroAmount Long groupDeMinimisReceivedEur) {

  /** The figures, checked as in every request that states them. */
  @Valid
  @Schema(hidden = true)
  public FirmFigures getFigures() {
    return new FirmFigures(employees, annualTurnoverEur, balanceSheetTotalEur, startUp);
  }

  /** The first sale against the founding, checked as in every request that states it. */
  @Valid
  @Schema(hidden = true)
  public FirmDates getDates() {
    return new FirmDates(foundedOn, firstCommercialSaleOn);
  }

  public FirmProfile toProfile() {
    List<LinkedEnterpriseInput> related = linkedEnterprises == null ? List.of() : linkedEnterprises;
    return new FirmProfile(
        province,
        SbiCode.of(sbiCode),
        foundedOn,
        employees.doubleValue(),
        annualTurnoverEur,
        balanceSheetTotalEur,
        IntStream.range(0, related.size())
            .mapToObj(i -> related.get(i).toLinkedEnterprise(i))
            .toList(),
        publicBodyOwnershipPct == null ? 0 : publicBodyOwnershipPct.doubleValue(),
        deMinimisReceivedEur == null ? 0 : deMinimisReceivedEur,
        firstCommercialSaleOn,
        groupDeMinimisReceivedEur == null ? 0 : groupDeMinimisReceivedEur,
        publicOwnerType);
  }
}
