package nl.maakmatch.domain.instrument;

import static nl.maakmatch.domain.fixtures.Actors.anAdmin;
import static nl.maakmatch.domain.fixtures.Actors.anna;
import static nl.maakmatch.domain.fixtures.Actors.carlaAdviserInNoordBrabant;
import static nl.maakmatch.domain.fixtures.Actors.daanFinancierOfTheBank;
import static nl.maakmatch.domain.fixtures.Outcome.ALLOWED;
import static nl.maakmatch.domain.fixtures.Outcome.REFUSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.maakmatch.domain.access.Access;
import nl.maakmatch.domain.access.Access.Ground;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.access.NotPermitted;
import nl.maakmatch.domain.access.Role;
import nl.maakmatch.domain.fixtures.Outcome;
import nl.maakmatch.matching.text.MessageRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CatalogueAccessTest {

  private static Actor anAdviserWhoIsAlsoAnAdministrator() {
    return new Actor(
        "greet", Set.of(Role.ADVISER, Role.ADMIN), Optional.empty(), Optional.of("bom"));
  }

  private static Actor someoneWithNoRole() {
    return new Actor("iemand", Set.of(), Optional.empty(), Optional.empty());
  }

  static Stream<Arguments> keepingTheCatalogue() {
    return Stream.of(
        arguments("an administrator", anAdmin(), ALLOWED),
        arguments(
            "an adviser who is also an administrator",
            anAdviserWhoIsAlsoAnAdministrator(),
            ALLOWED),
        arguments("a firm owner", anna(), REFUSED),
        arguments("an adviser", carlaAdviserInNoordBrabant(), REFUSED),
        arguments("a financier", daanFinancierOfTheBank(), REFUSED),
        arguments("someone with no role", someoneWithNoRole(), REFUSED));
  }

  @ParameterizedTest(name = "{0} defining, editing, closing, reopening or importing: {2}")
  @MethodSource("keepingTheCatalogue")
  void leavesEveryChangeToTheCatalogueToAdministrators(String who, Actor actor, Outcome expected) {
    assertThat(Outcome.of(CatalogueAccess.toKeepTheCatalogue(actor))).isEqualTo(expected);
  }

  @Test
  void allowsAnAdministratorOnTheirRole() {
    assertThat(CatalogueAccess.toKeepTheCatalogue(anAdmin()))
        .isEqualTo(Access.allowed(Ground.ROLE));
  }

  @Test
  void tellsEveryoneElseWhoMayChangeTheCatalogueInBothLanguages() {
    assertThatThrownBy(
            () -> CatalogueAccess.toKeepTheCatalogue(carlaAdviserInNoordBrabant()).require())
        .isInstanceOfSatisfying(
            NotPermitted.class,
            refused -> {
              assertThat(MessageRenderer.dutch(refused.explanation()))
                  .isEqualTo("Alleen een beheerder kan de catalogus wijzigen.");
              assertThat(MessageRenderer.english(refused.explanation()))
                  .isEqualTo("Only an administrator can change the catalogue.");
            });
  }
}
