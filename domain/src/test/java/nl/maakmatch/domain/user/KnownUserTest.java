package nl.maakmatch.domain.user;

import static nl.maakmatch.domain.fixtures.Actors.anna;
import static nl.maakmatch.domain.fixtures.Actors.carlaAdviserInNoordBrabant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.access.Role;
import nl.maakmatch.domain.fixtures.Time;
import nl.maakmatch.matching.firm.Province;
import org.junit.jupiter.api.Test;

class KnownUserTest {

  @Test
  void keepsWhatTheTokenSaidWhenFirstSeen() {
    KnownUser carla =
        KnownUser.seenForTheFirstTime(
            carlaAdviserInNoordBrabant(), Optional.of("carla"), Time.fixedClock());

    assertThat(carla.subject()).isEqualTo("carla");
    assertThat(carla.userName()).contains("carla");
    assertThat(carla.roles()).containsExactly(Role.ADVISER);
    assertThat(carla.romRegion()).contains(Province.NB);
    assertThat(carla.organisation()).contains("bom");
    assertThat(carla.firstSeen()).isEqualTo(OffsetDateTime.now(Time.fixedClock()));
    assertThat(carla.lastSeen()).isEqualTo(carla.firstSeen());
  }

  @Test
  void takesTheRolesAndRegionOfTheLatestSighting() {
    KnownUser carla =
        KnownUser.seenForTheFirstTime(
            carlaAdviserInNoordBrabant(), Optional.of("carla"), Time.fixedClock());
    Actor movedToLimburg =
        new Actor("carla", Set.of(Role.ADVISER), Optional.of(Province.LI), Optional.of("liof"));

    carla.seenAgain(movedToLimburg, Optional.empty(), Time.later(Duration.ofDays(3)));

    assertThat(carla.isAdviserIn(Province.NB)).isFalse();
    assertThat(carla.isAdviserIn(Province.LI)).isTrue();
    assertThat(carla.organisation()).contains("liof");
    assertThat(carla.userName()).isEmpty();
    assertThat(carla.lastSeen()).isAfter(carla.firstSeen());
  }

  @Test
  void isAnAdviserOfARegionOnlyWithTheAdviserRole() {
    Actor firmUserWithARegion =
        new Actor("anna", Set.of(Role.FIRM), Optional.of(Province.NB), Optional.empty());

    assertThat(
            KnownUser.seenForTheFirstTime(firmUserWithARegion, Optional.empty(), Time.fixedClock())
                .isAdviserIn(Province.NB))
        .isFalse();
    assertThat(KnownUser.seenForTheFirstTime(anna(), Optional.empty(), Time.fixedClock()).roles())
        .containsExactly(Role.FIRM);
  }

  @Test
  void keepsNoOrganisationOrNameLongerThanItsColumn() {
    Actor odd =
        new Actor("x", Set.of(Role.FINANCIER), Optional.empty(), Optional.of("o".repeat(101)));

    KnownUser user =
        KnownUser.seenForTheFirstTime(odd, Optional.of("n".repeat(256)), Time.fixedClock());

    assertThat(user.organisation()).isEmpty();
    assertThat(user.userName()).isEmpty();
  }

  @Test
  void refusesASubjectThatDoesNotFitItsColumn() {
    assertThatThrownBy(
            () ->
                KnownUser.seenForTheFirstTime(
                    Actor.firmOwner("s".repeat(201)), Optional.empty(), Time.fixedClock()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void keepsTheAddressAndLanguageOfTheLatestTokenThatGaveThem() {
    KnownUser eva =
        KnownUser.seenForTheFirstTime(
            Actor.firmOwner("eva"),
            Optional.of("eva"),
            Contact.of("eva@maakmatch.example", Locale.ENGLISH),
            Time.fixedClock());

    eva.seenAgain(Actor.firmOwner("eva"), Optional.of("eva"), Contact.UNKNOWN, Time.fixedClock());

    assertThat(eva.recipient())
        .contains(new Recipient("eva", "eva@maakmatch.example", Locale.ENGLISH));

    eva.seenAgain(
        Actor.firmOwner("eva"),
        Optional.of("eva"),
        Contact.of("eva@capital.example", Locale.forLanguageTag("nl")),
        Time.fixedClock());

    assertThat(eva.recipient())
        .contains(new Recipient("eva", "eva@capital.example", Locale.forLanguageTag("nl")));
  }

  @Test
  void takesAnAddressFromTheDemoDataOnlyWhereTheTokenGaveNone() {
    KnownUser eva =
        KnownUser.seenForTheFirstTime(
            Actor.firmOwner("eva"),
            Optional.of("eva"),
            Contact.of("eva@capital.example", null),
            Time.fixedClock());

    eva.reachableAt(Contact.of("eva@maakmatch.example", Locale.ENGLISH));

    assertThat(eva.contact().email()).contains("eva@capital.example");
    assertThat(eva.contact().language()).contains(Locale.ENGLISH);
  }

  @Test
  void isReachableByMailOnlyWithAnAddress() {
    assertThat(
            KnownUser.seenForTheFirstTime(anna(), Optional.empty(), Time.fixedClock()).recipient())
        .isEmpty();
  }
}
