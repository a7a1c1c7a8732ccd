package nl.maakmatch.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import nl.maakmatch.domain.fixtures.Time;
import org.junit.jupiter.api.Test;

class OrganisationTest {

  private final Clock clock = Time.fixedClock();

  @Test
  void aRegisteredBankIsAFinancierAFirmMayShareWith() {
    Organisation bank =
        Organisation.register("rabobank-demo", "Rabobank", OrganisationKind.BANK, "admin", clock);

    assertThat(bank.active()).isTrue();
    assertThat(bank.isActiveFinancier()).isTrue();
  }

  @Test
  void aRomIsNoFinancier() {
    Organisation rom = Organisation.register("bom", "BOM", OrganisationKind.ROM, "admin", clock);

    assertThat(rom.isActiveFinancier()).isFalse();
  }

  @Test
  void aDeactivatedBankKeepsItsCodeButTakesNoNewShares() {
    Organisation bank =
        Organisation.register("rabobank-demo", "Rabobank", OrganisationKind.BANK, "admin", clock);

    bank.change("Rabobank Nederland", OrganisationKind.BANK, false, clock);

    assertThat(bank.code()).isEqualTo("rabobank-demo");
    assertThat(bank.name()).isEqualTo("Rabobank Nederland");
    assertThat(bank.isActiveFinancier()).isFalse();
  }
}
