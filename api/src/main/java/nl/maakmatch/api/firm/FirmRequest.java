package nl.maakmatch.api.firm;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import nl.maakmatch.api.Limits;
import nl.maakmatch.api.validation.Percentage;
import nl.maakmatch.api.validation.SbiCodeFormat;
import nl.maakmatch.api.validation.SingleLine;
import nl.maakmatch.domain.firm.DeMinimisAid;
import nl.maakmatch.domain.firm.FirmDetails;
import nl.maakmatch.matching.firm.InvestorType;
import nl.maakmatch.matching.firm.Province;
import nl.maakmatch.matching.firm.SbiCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A firm as its owner registers or updates it. The KVK number cannot change later. The size-class
 * figures are checked as {@link FirmFigures}.
 *
 * @param startUp the firm has only just started, so it may have no turnover yet; it lets the
 *     figures pass, and is not stored
 * @param publicOwnerType who holds {@code publicBodyOwnershipPct} when it is an investor that may
 *     pass 25% without ending autonomy (a ROM or Invest-NL, a university, a small municipality);
 *     absent for a public body (Recommendation 2003/361 annex art. 3(2))
 * @param firstCommercialSaleOn when the firm first sold commercially; GBER art. 21(5) risk finance
 *     (Seed Capital) counts the firm's age from it
 */
public record FirmRequest(
    @NotNull(message = "{maakmatch.required}")
        @Pattern(regexp = "\\d{8}", message = "{maakmatch.kvk}")
        String kvkNumber,
    @NotBlank(message = "{maakmatch.required}")
        @Size(max = 200, message = "{maakmatch.tooLong}")
        @SingleLine
        String legalName,
    @NotEmpty(message = "{maakmatch.sbiRequired}") @Size(max = 20, message = "{maakmatch.tooMany}")
        List<@NotNull(message = "{maakmatch.required}") @SbiCodeFormat String> sbiCodes,
    @NotNull(message = "{maakmatch.required}") Province province,
    @NotNull(message = "{maakmatch.required}") @PastOrPresent(message = "{maakmatch.notFuture}")
        LocalDate foundedOn,
    BigDecimal employees,
    Long annualTurnoverEur,
    Long balanceSheetTotalEur,
    Boolean startUp,
    @Percentage BigDecimal publicBodyOwnershipPct,
    @Size(max = 50, message = "{maakmatch.tooMany}")
        List<@NotNull(message = "{maakmatch.required}") @Valid LinkedEnterpriseInput> relations,
    @Size(max = 100, message = "{maakmatch.tooMany}")
        List<@NotNull(message = "{maakmatch.required}") @Valid DeMinimisAidInput> deMinimisAid,
    InvestorType publicOwnerType,
    LocalDate firstCommercialSaleOn) {

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

  public FirmDetails toDetails() {
    List<LinkedEnterpriseInput> related = relations == null ? List.of() : relations;
    return new FirmDetails(
        legalName.strip(),
        sbiCodes.stream().map(SbiCode::of).toList(),
        province,
        foundedOn,
        employees,
        annualTurnoverEur,
        balanceSheetTotalEur,
        publicBodyOwnershipPct,
        IntStream.range(0, related.size())
            .mapToObj(i -> related.get(i).toLinkedEnterprise(i))
            .toList(),
        deMinimisAid == null
            ? List.of()
            : deMinimisAid.stream()
                .map(
                    a ->
                        new DeMinimisAid(
                            a.amountEur(),
                            a.grantedOn(),
                            a.grantingBody().strip(),
                            Boolean.TRUE.equals(a.receivedByGroup())))
                .toList(),
        firstCommercialSaleOn,
        publicOwnerType);
  }

  /**
   * De minimis aid as declared by the firm.
   *
   * @param receivedByGroup received by another enterprise of the firm's group (its single
   *     undertaking), which counts against the same ceiling (Reg. (EU) 2023/2831)
   */
  public record DeMinimisAidInput(
      @NotNull(message = "{maakmatch.required}")
          @DecimalMin(value = "1", message = "{maakmatch.positive}")
          @Max(value = Limits.MAX_EUR, message = "{maakmatch.tooLarge}")
          Long amountEur,
      @NotNull(message = "{maakmatch.required}") @PastOrPresent(message = "{maakmatch.notFuture}")
          LocalDate grantedOn,
      @NotBlank(message = "{maakmatch.required}")
          @Size(max = 200, message = "{maakmatch.tooLong}")
          @SingleLine
          String grantingBody,
      Boolean receivedByGroup) {}
}
