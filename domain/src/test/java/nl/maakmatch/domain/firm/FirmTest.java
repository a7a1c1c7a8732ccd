package nl.maakmatch.domain.firm;

import static nl.maakmatch.domain.fixtures.FirmFixtures.ITS_KVK_NUMBER;
import static nl.maakmatch.domain.fixtures.FirmFixtures.aMachineBuilderWith;
import static nl.maakmatch.domain.fixtures.FirmFixtures.aSmallMachineBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import nl.maakmatch.domain.fixtures.Time;
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
}
