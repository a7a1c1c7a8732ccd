package nl.maakmatch.matching.firm;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the engine needs to know about a firm. Amounts in whole euros.
 *
 * @param employees annual work units (fte averaged over the year), may be fractional
 * @param linkedEnterprises partner and linked enterprises whose figures count for the SME test
 * @param publicBodyOwnershipPct share of capital or votes held by public bodies; 25% or more ends
 *     SME status, unless the holder is one of the exempt public investors ({@code publicOwnerType})
 *     and holds at most 50%
 * @param deMinimisReceivedEur de minimis aid the firm itself received in the last three years (Reg.
 *     2023/2831)
 * @param firstCommercialSaleOn the day of the firm's first commercial sale, when stated; GBER art.
 *     21(5) risk finance counts the firm's age from it (Seed Capital: "up to 7 years after first
 *     commercial sale")
 * @param groupDeMinimisReceivedEur de minimis aid the rest of the single undertaking (the
 *     enterprises linked to the firm) received in the last three years: the ceiling is per single
 *     undertaking, so it counts against the same headroom
 * @param publicOwnerType who holds {@code publicBodyOwnershipPct}: null for a public body, else one
 *     of the investors that may pass 25% without ending autonomy (a ROM or Invest-NL, a university,
 *     a small local authority)
 */
public record FirmProfile(
    Province province,
    SbiCode sbiCode,
    LocalDate foundedOn,
    double employees,
    long annualTurnoverEur,
    long balanceSheetTotalEur,
    List<LinkedEnterprise> linkedEnterprises,
    double publicBodyOwnershipPct,
    long deMinimisReceivedEur,
    LocalDate firstCommercialSaleOn,
    long groupDeMinimisReceivedEur,
    InvestorType publicOwnerType) {

  public FirmProfile {
    Objects.requireNonNull(province, "province");
    Objects.requireNonNull(sbiCode, "sbiCode");
    Objects.requireNonNull(foundedOn, "foundedOn");
    Objects.requireNonNull(linkedEnterprises, "linkedEnterprises (empty when autonomous)");
    linkedEnterprises = List.copyOf(linkedEnterprises);
    if (employees < 0 || annualTurnoverEur < 0 || balanceSheetTotalEur < 0) {
      throw new IllegalArgumentException(
          "employees, turnover and balance sheet must not be negative");
    }
    if (publicBodyOwnershipPct < 0 || publicBodyOwnershipPct > 100) {
      throw new IllegalArgumentException("publicBodyOwnershipPct must lie in [0, 100]");
    }
    if (deMinimisReceivedEur < 0 || groupDeMinimisReceivedEur < 0) {
      throw new IllegalArgumentException("de minimis received must not be negative");
    }
  }

  /** A firm that states neither its first sale, nor group de minimis, nor a public investor. */
  public FirmProfile(
      Province province,
      SbiCode sbiCode,
      LocalDate foundedOn,
      double employees,
      long annualTurnoverEur,
      long balanceSheetTotalEur,
      List<LinkedEnterprise> linkedEnterprises,
      double publicBodyOwnershipPct,
      long deMinimisReceivedEur) {
    this(
        province,
        sbiCode,
        foundedOn,
        employees,
        annualTurnoverEur,
        balanceSheetTotalEur,
        linkedEnterprises,
        publicBodyOwnershipPct,
        deMinimisReceivedEur,
        null,
        0,
        null);
  }

  /** De minimis aid the single undertaking (the firm and its group) received in three years. */
  public long singleUndertakingDeMinimisEur() {
    return deMinimisReceivedEur + groupDeMinimisReceivedEur;
  }

  /** Whole years since the first commercial sale on a date; empty when the firm did not say. */
  public Optional<Integer> yearsSinceFirstSaleOn(LocalDate date) {
    return Optional.ofNullable(firstCommercialSaleOn)
        .map(sale -> date.isBefore(sale) ? 0 : Period.between(sale, date).getYears());
  }

  /** Whole years the firm has existed on a date, e.g. the day its plan starts. */
  public int ageInYearsOn(LocalDate date) {
    return date.isBefore(foundedOn) ? 0 : Period.between(foundedOn, date).getYears();
  }
}
