package nl.maakmatch.domain.firm;

import static nl.maakmatch.domain.fixtures.FirmFixtures.ITS_KVK_NUMBER;
import static nl.maakmatch.domain.fixtures.FirmFixtures.aMachineBuilderWith;
import static nl.maakmatch.domain.fixtures.FirmFixtures.aSmallMachineBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.maakmatch.domain.fixtures.Time;
import nl.maakmatch.matching.firm.FirmProfile;
import nl.maakmatch.matching.firm.InvestorType;
import nl.maakmatch.matching.firm.SbiCode;
import nl.maakmatch.matching.firm.SizeClass;
import org.junit.jupiter.api.Test;

class FirmTest {

  private final Clock clock = Time.fixedClock();

  @Test
  void aRegisteredFirmBelongsToWhoRegisteredIt() {
    Firm firm = Firm.register(ITS_KVK_NUMBER, aSmallMachineBuilder(), "anna", clock);

    assertThat(firm.ownerSubject()).isEqualTo("anna");
    assertThat(firm.kvkNumber()).isEqualTo(ITS_KVK_NUMBER);
    assertThat(firm.createdAt()).isEqualTo(OffsetDateTime.now(clock));
  }

  @Test
  void itsSizeClassIsDerivedFromItsFigures() {
    Firm firm = Firm.register(ITS_KVK_NUMBER, aSmallMachineBuilder(), "anna", clock);

    assertThat(firm.sizeClassification(Time.TODAY).sizeClass()).isEqualTo(SizeClass.SMALL);
  }

  @Test
  void aRevisionOfTheFiguresChangesTheSizeClass() {
    Firm firm = Firm.register(ITS_KVK_NUMBER, aSmallMachineBuilder(), "anna", clock);
    Clock aMonthLater = Time.later(Duration.ofDays(30));

    firm.revise(aMachineBuilderWith(new BigDecimal("120"), 30_000_000, 20_000_000), aMonthLater);

    assertThat(firm.sizeClassification(Time.TODAY).sizeClass()).isEqualTo(SizeClass.MEDIUM);
    assertThat(firm.employees()).isEqualByComparingTo("120");
    assertThat(firm.updatedAt()).isEqualTo(OffsetDateTime.now(aMonthLater));
  }

  @Test
  void aFirmWithMoreThan250StaffIsNoSme() {
    Firm firm =
        Firm.register(
            ITS_KVK_NUMBER,
            aMachineBuilderWith(new BigDecimal("312"), 60_000_000, 48_000_000),
            "anna",
            clock);

    assertThat(firm.sizeClassification(Time.TODAY).sizeClass().isSme()).isFalse();
  }

  @Test
  void refusesAFoundingDateInTheFuture() {
    FirmDetails founded = aSmallMachineBuilder();
    FirmDetails tomorrow =
        new FirmDetails(
            founded.legalName(),
            List.of(SbiCode.of("28.41")),
            founded.province(),
            Time.TODAY.plusDays(1),
            founded.employees(),
            founded.annualTurnoverEur(),
            founded.balanceSheetTotalEur(),
            founded.publicBodyOwnershipPct(),
            founded.relations(),
            founded.deMinimisAid());

    assertThatThrownBy(() -> Firm.register(ITS_KVK_NUMBER, tomorrow, "anna", clock))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRomStakeOfThirtyPercentKeepsTheFirmAnSmeUnderArticle3Paragraph2() {
    Firm firm = Firm.register(ITS_KVK_NUMBER, withRomStake(new BigDecimal("30")), "anna", clock);

    assertThat(firm.publicOwnerType()).contains(InvestorType.PUBLIC_INVESTMENT_COMPANY);
    assertThat(firm.sizeClassification(Time.TODAY).sizeClass()).isEqualTo(SizeClass.SMALL);
  }

  @Test
  void groupDeMinimisCountsForTheSingleUndertakingAndTheFirstSaleReachesTheEngine() {
    FirmDetails details = aSmallMachineBuilder();
    FirmDetails withGroupAid =
        new FirmDetails(
            details.legalName(),
            details.sbiCodes(),
            details.province(),
            details.foundedOn(),
            details.employees(),
            details.annualTurnoverEur(),
            details.balanceSheetTotalEur(),
            details.publicBodyOwnershipPct(),
            List.of(),
            List.of(
                new DeMinimisAid(40_000, Time.TODAY.minusYears(1), "RVO"),
                new DeMinimisAid(60_000, Time.TODAY.minusYears(2), "Provincie", true)),
            LocalDate.of(2014, 9, 1),
            null);
    Firm firm = Firm.register(ITS_KVK_NUMBER, withGroupAid, "anna", clock);

    FirmProfile profile = firm.profile(Time.TODAY);
    assertThat(profile.deMinimisReceivedEur()).isEqualTo(40_000);
    assertThat(profile.groupDeMinimisReceivedEur()).isEqualTo(60_000);
    assertThat(firm.deMinimisReceivedOn(Time.TODAY)).isEqualTo(100_000);
    assertThat(profile.firstCommercialSaleOn()).isEqualTo(LocalDate.of(2014, 9, 1));
  }

  @Test
  void refusesAFirstSaleBeforeTheFounding() {
    FirmDetails details = aSmallMachineBuilder();
    assertThatThrownBy(
            () ->
                new FirmDetails(
                    details.legalName(),
                    details.sbiCodes(),
                    details.province(),
                    details.foundedOn(),
                    details.employees(),
                    details.annualTurnoverEur(),
                    details.balanceSheetTotalEur(),
                    details.publicBodyOwnershipPct(),
                    List.of(),
                    List.of(),
                    details.foundedOn().minusDays(1),
                    null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static FirmDetails withRomStake(BigDecimal pct) {
    FirmDetails details = aMachineBuilderWith(new BigDecimal("30"), 6_000_000, 4_000_000);
    return new FirmDetails(
        details.legalName(),
        details.sbiCodes(),
        details.province(),
        details.foundedOn(),
        details.employees(),
        details.annualTurnoverEur(),
        details.balanceSheetTotalEur(),
        pct,
        List.of(),
        List.of(),
        null,
        InvestorType.PUBLIC_INVESTMENT_COMPANY);
  }
}
