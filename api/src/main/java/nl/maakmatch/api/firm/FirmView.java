package nl.maakmatch.api.firm;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.maakmatch.domain.firm.Firm;
import nl.maakmatch.matching.firm.SbiCode;
import nl.maakmatch.matching.firm.SizeClassification;
import nl.maakmatch.matching.text.MessageRenderer;

/**
 * A firm as its owner sees it, with the derived EU size class and why.
 *
 * @param manufacturing whether the main SBI code lies in section C (divisions 10–33)
 * @param deMinimisReceivedEur de minimis aid counted in the rolling three years up to today, the
 *     group's included (single undertaking)
 * @param publicOwnerType who holds the public stake when it is an exempt public investor; null for
 *     a public body
 * @param firstCommercialSaleOn when the firm first sold commercially; null when not stated
 */
public record FirmView(
    UUID id,
    String kvkNumber,
    String legalName,
    List<String> sbiCodes,
    boolean manufacturing,
    String province,
    LocalDate foundedOn,
    BigDecimal employees,
    long annualTurnoverEur,
    long balanceSheetTotalEur,
    BigDecimal publicBodyOwnershipPct,
    String publicOwnerType,
    LocalDate firstCommercialSaleOn,
    List<RelatedEnterprise> relations,
    List<Aid> deMinimisAid,
    long deMinimisReceivedEur,
    String sizeClass,
    String sizeClassReasoning,
    long version,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {

  /** A partner or linked enterprise. */
  public record RelatedEnterprise(
      String name,
      String relation,
      double sharePct,
      double employees,
      long annualTurnoverEur,
      long balanceSheetTotalEur,
      boolean exemptInvestor,
      String investorType,
      boolean controlByOtherMeans) {}

  /** Declared de minimis aid, the firm's own or its group's. */
  public record Aid(
      long amountEur, LocalDate grantedOn, String grantingBody, boolean receivedByGroup) {}

  public static FirmView of(Firm firm, LocalDate today, Locale locale) {
    SizeClassification size = firm.sizeClassification(today);
    List<SbiCode> codes = firm.sbiCodes();
    return new FirmView(
        firm.id(),
        firm.kvkNumber().value(),
        firm.legalName(),
        codes.stream().map(SbiCode::value).toList(),
        codes.get(0).isManufacturing(),
        firm.province().name(),
        firm.foundedOn(),
        firm.employees(),
        firm.annualTurnoverEur(),
        firm.balanceSheetTotalEur(),
        firm.publicBodyOwnershipPct(),
        firm.publicOwnerType().map(Enum::name).orElse(null),
        firm.firstCommercialSaleOn().orElse(null),
        firm.relations().stream()
            .map(
                r ->
                    new RelatedEnterprise(
                        r.name(),
                        r.relation().name(),
                        r.sharePct(),
                        r.employees(),
                        r.annualTurnoverEur(),
                        r.balanceSheetTotalEur(),
                        r.exemptInvestor(),
                        r.investorType() == null ? null : r.investorType().name(),
                        r.controlByOtherMeans()))
            .toList(),
        firm.deMinimisAid().stream()
            .map(a -> new Aid(a.amountEur(), a.grantedOn(), a.grantingBody(), a.receivedByGroup()))
            .toList(),
        firm.deMinimisReceivedOn(today),
        size.sizeClass().name(),
        MessageRenderer.in(locale).render(size.reasoning()),
        firm.version(),
        firm.createdAt(),
        firm.updatedAt());
  }
}
