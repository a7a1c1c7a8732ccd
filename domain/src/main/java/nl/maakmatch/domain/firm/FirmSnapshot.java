package nl.maakmatch.domain.firm;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.maakmatch.matching.firm.LinkedEnterprise;

/** The state of a firm as kept in its history. */
record FirmSnapshot(
    UUID id,
    String kvkNumber,
    String legalName,
    List<String> sbiCodes,
    String province,
    LocalDate foundedOn,
    BigDecimal employees,
    long annualTurnoverEur,
    long balanceSheetTotalEur,
    BigDecimal publicBodyOwnershipPct,
    List<LinkedEnterprise> relations,
    List<Aid> deMinimisAid,
    String sizeClass) {

  record Aid(long amountEur, LocalDate grantedOn, String grantingBody) {}

  static FirmSnapshot of(Firm firm, LocalDate today) {
    var size = firm.sizeClassification(today);
    return new FirmSnapshot(
        firm.id(),
        firm.kvkNumber().value(),
        firm.legalName(),
        firm.sbiCodes().stream().map(Object::toString).toList(),
        firm.province().name(),
        firm.foundedOn(),
        firm.employees(),
        firm.annualTurnoverEur(),
        firm.balanceSheetTotalEur(),
        firm.publicBodyOwnershipPct(),
        firm.relations(),
        firm.deMinimisAid().stream()
            .map(a -> new Aid(a.amountEur(), a.grantedOn(), a.grantingBody()))
            .toList(),
        // the class, not its reasoning in one language: the API explains it in the reader's
        size.sizeClass().name());
  }
}
