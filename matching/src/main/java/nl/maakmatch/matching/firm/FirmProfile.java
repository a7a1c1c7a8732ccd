package nl.maakmatch.matching.firm;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * What the engine needs to know about a firm. Amounts in whole euros.
 *
 * @param employees annual work units (fte averaged over the year), may be fractional
 * @param linkedEnterprises partner and linked enterprises whose figures count for the SME test
 * @param publicBodyOwnershipPct share of capital or votes held by public bodies (other than the
 *     exempt investors listed on {@link LinkedEnterprise#exemptInvestor()}); 25% or more ends SME
 *     status
 * @param deMinimisReceivedEur de minimis aid the single undertaking received in the last three
 *     years (Reg. 2023/2831)
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
    long deMinimisReceivedEur) {

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
    if (deMinimisReceivedEur < 0) {
      throw new IllegalArgumentException("deMinimisReceivedEur must not be negative");
    }
  }

  /** Whole years the firm has existed on a date, e.g. the day its plan starts. */
  public int ageInYearsOn(LocalDate date) {
    return date.isBefore(foundedOn) ? 0 : Period.between(foundedOn, date).getYears();
  }
}
