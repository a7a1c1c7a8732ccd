package nl.maakmatch.domain.organisation;

import static nl.maakmatch.domain.fixtures.Actors.anAdmin;
import static nl.maakmatch.domain.fixtures.Actors.anna;
import static nl.maakmatch.domain.fixtures.Actors.carlaAdviserInNoordBrabant;
import static nl.maakmatch.domain.fixtures.Actors.daanFinancierOfTheBank;
import static org.assertj.core.api.Assertions.assertThat;

import nl.maakmatch.domain.fixtures.Outcome;
import org.junit.jupiter.api.Test;

class OrganisationAccessTest {

  @Test
  void leavesTheRegisterToAdministrators() {
    assertThat(Outcome.of(OrganisationAccess.toKeepTheRegister(anAdmin())))
        .isEqualTo(Outcome.ALLOWED);
    assertThat(Outcome.of(OrganisationAccess.toKeepTheRegister(anna()))).isEqualTo(Outcome.REFUSED);
    assertThat(Outcome.of(OrganisationAccess.toKeepTheRegister(carlaAdviserInNoordBrabant())))
        .isEqualTo(Outcome.REFUSED);
    assertThat(Outcome.of(OrganisationAccess.toKeepTheRegister(daanFinancierOfTheBank())))
        .isEqualTo(Outcome.REFUSED);
  }
}
