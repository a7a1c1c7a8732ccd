package nl.maakmatch.domain.region;

import static nl.maakmatch.domain.fixtures.Actors.anAdmin;
import static nl.maakmatch.domain.fixtures.Actors.anna;
import static nl.maakmatch.domain.fixtures.Actors.carlaAdviserInNoordBrabant;
import static nl.maakmatch.domain.fixtures.Actors.daanFinancierOfTheBank;
import static nl.maakmatch.domain.fixtures.Actors.dirkAdviserInLimburg;
import static org.assertj.core.api.Assertions.assertThat;

import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.fixtures.Outcome;
import nl.maakmatch.matching.firm.Province;
import org.junit.jupiter.api.Test;

class RegionAccessTest {

  @Test
  void showsARegionsWhatIfToItsRomAdvisersAndAdministratorsOnly() {
    assertThat(whatIfOfNoordBrabantFor(carlaAdviserInNoordBrabant())).isEqualTo(Outcome.ALLOWED);
    assertThat(whatIfOfNoordBrabantFor(anAdmin())).isEqualTo(Outcome.ALLOWED);
    assertThat(whatIfOfNoordBrabantFor(dirkAdviserInLimburg())).isEqualTo(Outcome.REFUSED);
    assertThat(whatIfOfNoordBrabantFor(anna())).isEqualTo(Outcome.REFUSED);
    assertThat(whatIfOfNoordBrabantFor(daanFinancierOfTheBank())).isEqualTo(Outcome.REFUSED);
  }

  @Test
  void anAdviserSeesTheirOwnRegionNotAnother() {
    assertThat(Outcome.of(RegionAccess.toSeeTheWhatIf(dirkAdviserInLimburg(), Province.LI)))
        .isEqualTo(Outcome.ALLOWED);
    assertThat(Outcome.of(RegionAccess.toSeeTheWhatIf(carlaAdviserInNoordBrabant(), Province.LI)))
        .isEqualTo(Outcome.REFUSED);
  }

  private static Outcome whatIfOfNoordBrabantFor(Actor actor) {
    return Outcome.of(RegionAccess.toSeeTheWhatIf(actor, Province.NB));
  }
}
