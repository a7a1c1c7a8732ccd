package nl.maakmatch.domain.organisation;

import static nl.maakmatch.domain.fixtures.Actors.THE_BANK;
import static nl.maakmatch.domain.fixtures.Actors.anAdmin;
import static nl.maakmatch.domain.fixtures.Actors.anna;
import static nl.maakmatch.domain.fixtures.Actors.carlaAdviserInNoordBrabant;
import static nl.maakmatch.domain.fixtures.Actors.daanFinancierOfTheBank;
import static nl.maakmatch.domain.fixtures.Actors.evaFinancierOfAnotherBank;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.access.Role;
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

  @Test
  void letsOnlyTheBanksOwnFinanciersActForIt() {
    assertThat(actingForTheBank(daanFinancierOfTheBank())).isEqualTo(Outcome.ALLOWED);
    assertThat(actingForTheBank(evaFinancierOfAnotherBank())).isEqualTo(Outcome.REFUSED);
    assertThat(actingForTheBank(anAdmin())).isEqualTo(Outcome.REFUSED);
    assertThat(actingForTheBank(anna())).isEqualTo(Outcome.REFUSED);
    assertThat(actingForTheBank(carlaAdviserInNoordBrabant())).isEqualTo(Outcome.REFUSED);
  }

  @Test
  void showsTheBanksRecordsToItsFinanciersAndToAdministrators() {
    assertThat(readingTheBanksRecords(daanFinancierOfTheBank())).isEqualTo(Outcome.ALLOWED);
    assertThat(readingTheBanksRecords(anAdmin())).isEqualTo(Outcome.ALLOWED);
    assertThat(readingTheBanksRecords(evaFinancierOfAnotherBank())).isEqualTo(Outcome.REFUSED);
    assertThat(readingTheBanksRecords(anna())).isEqualTo(Outcome.REFUSED);
    assertThat(readingTheBanksRecords(carlaAdviserInNoordBrabant())).isEqualTo(Outcome.REFUSED);
  }

  @Test
  void takesMembershipFromTheFinancierRoleNotFromTheOrganisationClaimAlone() {
    // an adviser whose token happens to name the bank is not one of its financiers
    Actor adviserNamingTheBank =
        new Actor("x", Set.of(Role.ADVISER), Optional.empty(), Optional.of(THE_BANK));
    assertThat(actingForTheBank(adviserNamingTheBank)).isEqualTo(Outcome.REFUSED);
    assertThat(readingTheBanksRecords(adviserNamingTheBank)).isEqualTo(Outcome.REFUSED);
    Actor financierOfNoOrganisation =
        new Actor("y", Set.of(Role.FINANCIER), Optional.empty(), Optional.empty());
    assertThat(actingForTheBank(financierOfNoOrganisation)).isEqualTo(Outcome.REFUSED);
  }

  private static Outcome actingForTheBank(Actor actor) {
    return Outcome.of(OrganisationAccess.toActFor(actor, THE_BANK));
  }

  private static Outcome readingTheBanksRecords(Actor actor) {
    return Outcome.of(OrganisationAccess.toReadTheRecordsOf(actor, THE_BANK));
  }
}
