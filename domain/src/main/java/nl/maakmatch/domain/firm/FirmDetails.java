package nl.maakmatch.domain.firm;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.maakmatch.matching.firm.InvestorType;
import nl.maakmatch.matching.firm.LinkedEnterprise;
import nl.maakmatch.matching.firm.Province;
import nl.maakmatch.matching.firm.SbiCode;

/**
 * Everything a firm owner states about the firm, as one value that is checked as a whole.
 *
 * @param firstCommercialSaleOn when the firm first sold commercially; null when not stated
 * @param publicOwnerType who holds {@code publicBodyOwnershipPct} when it is an exempt public
 *     investor (a ROM, Invest-NL, a university, a small municipality); null for a public body
 */
public record FirmDetails(
    String legalName,
    List<SbiCode> sbiCodes,
    Province province,
    LocalDate foundedOn,
    BigDecimal employees,
    long annualTurnoverEur,
    long balanceSheetTotalEur,
    BigDecimal publicBodyOwnershipPct,
    List<LinkedEnterprise> relations,
    List<DeMinimisAid> deMinimisAid,
    LocalDate firstCommercialSaleOn,
    InvestorType publicOwnerType) {

  public FirmDetails {
    Objects.requireNonNull(legalName, "legalName");
    Objects.requireNonNull(province, "province");
    Objects.requireNonNull(foundedOn, "foundedOn");
    Objects.requireNonNull(employees, "employees");
    sbiCodes = List.copyOf(sbiCodes);
    relations = List.copyOf(relations);
    deMinimisAid = List.copyOf(deMinimisAid);
    publicBodyOwnershipPct =
        publicBodyOwnershipPct == null ? BigDecimal.ZERO : publicBodyOwnershipPct;
    if (legalName.isBlank()) {
      throw new IllegalArgumentException("a firm needs its legal name");
    }
    if (sbiCodes.isEmpty()) {
      throw new IllegalArgumentException("a firm needs at least one SBI code");
    }
    if (firstCommercialSaleOn != null && firstCommercialSaleOn.isBefore(foundedOn)) {
      throw new IllegalArgumentException("a firm cannot sell before it is founded");
    }
  }

  /** Details without a first sale date or an exempt public investor. */
  public FirmDetails(
      String legalName,
      List<SbiCode> sbiCodes,
      Province province,
      LocalDate foundedOn,
      BigDecimal employees,
      long annualTurnoverEur,
      long balanceSheetTotalEur,
      BigDecimal publicBodyOwnershipPct,
      List<LinkedEnterprise> relations,
      List<DeMinimisAid> deMinimisAid) {
    this(
        legalName,
        sbiCodes,
        province,
        foundedOn,
        employees,
        annualTurnoverEur,
        balanceSheetTotalEur,
        publicBodyOwnershipPct,
        relations,
        deMinimisAid,
        null,
        null);
  }
}
