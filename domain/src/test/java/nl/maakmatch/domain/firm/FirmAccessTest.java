package nl.maakmatch.domain.firm;

import static nl.maakmatch.domain.fixtures.Actors.anAdmin;
import static nl.maakmatch.domain.fixtures.Actors.anna;
import static nl.maakmatch.domain.fixtures.Actors.bramOfAnotherFirm;
import static nl.maakmatch.domain.fixtures.Actors.carlaAdviserInNoordBrabant;
import static nl.maakmatch.domain.fixtures.Actors.daanFinancierOfTheBank;
import static nl.maakmatch.domain.fixtures.Actors.dirkAdviserInLimburg;
import static nl.maakmatch.domain.fixtures.Outcome.ALLOWED;
import static nl.maakmatch.domain.fixtures.Outcome.HIDDEN;
import static nl.maakmatch.domain.fixtures.Outcome.REFUSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.maakmatch.domain.access.Access;
import nl.maakmatch.domain.access.Access.Ground;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.firm.FirmAccess.Facts;
import nl.maakmatch.domain.firm.FirmAccess.GuidanceTerms;
import nl.maakmatch.domain.fixtures.Outcome;
import nl.maakmatch.matching.firm.Province;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FirmAccessTest {

  /** What a firm looks like from the actor's side. */
  private static Facts ownFirm() {
    return Facts.ofMember();
  }

  private static Facts unguidedFirm() {
    return Facts.ofStranger();
  }

  private static Facts firmGuidedInNoordBrabant() {
    return Facts.ofStranger().guidedBy(new GuidanceTerms(Province.NB, Optional.empty(), false));
  }

  private static Facts firmGuidedInNoordBrabantAssignedToDirk() {
    return Facts.ofStranger().guidedBy(new GuidanceTerms(Province.NB, Optional.of("dirk"), false));
  }

  static Stream<Arguments> reading() {
    return Stream.of(
        arguments("its own user", anna(), ownFirm(), ALLOWED),
        arguments("another firm's user", bramOfAnotherFirm(), unguidedFirm(), HIDDEN),
        arguments(
            "an adviser of the region guiding it",
            carlaAdviserInNoordBrabant(),
            firmGuidedInNoordBrabant(),
            ALLOWED),
        arguments(
            "an adviser of the region, without guidance",
            carlaAdviserInNoordBrabant(),
            unguidedFirm(),
            HIDDEN),
        arguments(
            "an adviser of another region",
            dirkAdviserInLimburg(),
            firmGuidedInNoordBrabant(),
            HIDDEN),
        arguments(
            "the adviser assigned by name",
            dirkAdviserInLimburg(),
            firmGuidedInNoordBrabantAssignedToDirk(),
            ALLOWED),
        arguments("a financier", daanFinancierOfTheBank(), firmGuidedInNoordBrabant(), HIDDEN),
        arguments("an administrator", anAdmin(), firmGuidedInNoordBrabant(), HIDDEN));
  }

  @ParameterizedTest(name = "{0} reading the firm: {3}")
  @MethodSource("reading")
  void showsAFirmToItsUsersAndGuidingAdvisersOnly(
      String who, Actor actor, Facts firm, Outcome expected) {
    assertThat(Outcome.of(FirmAccess.of(actor, firm).toRead())).isEqualTo(expected);
  }

  static Stream<Arguments> actingForTheFirm() {
    return Stream.of(
        arguments("its own user", anna(), ownFirm(), ALLOWED),
        arguments(
            "an adviser guiding it",
            carlaAdviserInNoordBrabant(),
            firmGuidedInNoordBrabant(),
            REFUSED),
        arguments(
            "an adviser of another region",
            dirkAdviserInLimburg(),
            firmGuidedInNoordBrabant(),
            HIDDEN),
        arguments("another firm's user", bramOfAnotherFirm(), unguidedFirm(), HIDDEN));
  }

  @ParameterizedTest(name = "{0} changing the firm's details: {3}")
  @MethodSource("actingForTheFirm")
  void letsOnlyItsOwnUsersChangeItsDetails(String who, Actor actor, Facts firm, Outcome expected) {
    assertThat(Outcome.of(FirmAccess.of(actor, firm).toChangeDetails())).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} inviting, asking guidance, reading the audit log: {3}")
  @MethodSource("actingForTheFirm")
  void letsOnlyItsOwnUsersDecideForTheFirm(String who, Actor actor, Facts firm, Outcome expected) {
    assertThat(Outcome.of(FirmAccess.of(actor, firm).toActForTheFirm())).isEqualTo(expected);
  }

  static Stream<Arguments> roleActions() {
    Function<Actor, Access> register = FirmAccess::toRegister;
    Function<Actor, Access> join = FirmAccess::toJoin;
    Function<Actor, Access> assign = FirmAccess::toAssignAdvisers;
    Function<Actor, Access> caseload = FirmAccess::toKeepACaseload;
    return Stream.of(
        arguments("a firm user registering a firm", register, anna(), ALLOWED),
        arguments("an adviser registering a firm", register, carlaAdviserInNoordBrabant(), REFUSED),
        arguments("an administrator registering a firm", register, anAdmin(), REFUSED),
        arguments("a firm user joining a firm", join, bramOfAnotherFirm(), ALLOWED),
        arguments("a financier joining a firm", join, daanFinancierOfTheBank(), REFUSED),
        arguments("an administrator assigning an adviser", assign, anAdmin(), ALLOWED),
        arguments("a firm user assigning an adviser", assign, anna(), REFUSED),
        arguments("an adviser keeping a caseload", caseload, carlaAdviserInNoordBrabant(), ALLOWED),
        arguments("a firm user keeping a caseload", caseload, anna(), REFUSED));
  }

  @ParameterizedTest(name = "{0}: {3}")
  @MethodSource("roleActions")
  void leavesTasksOfARoleToThatRole(
      String what, Function<Actor, Access> question, Actor actor, Outcome expected) {
    assertThat(Outcome.of(question.apply(actor))).isEqualTo(expected);
  }

  @Test
  void aGuidingAdvisersReadIsOnAnotherPartysDataAndSoAudited() {
    Access access =
        FirmAccess.of(carlaAdviserInNoordBrabant(), firmGuidedInNoordBrabant()).toRead();

    assertThat(access).isEqualTo(Access.allowed(Ground.GUIDANCE));
    assertThat(Ground.GUIDANCE.readsAnotherPartysData()).isTrue();
    assertThat(Ground.MEMBER.readsAnotherPartysData()).isFalse();
  }

  @Test
  void tellsAGuidingAdviserWhyTheFirmsDetailsAreNotTheirsToChange() {
    Access access =
        FirmAccess.of(carlaAdviserInNoordBrabant(), firmGuidedInNoordBrabant()).toChangeDetails();

    assertThat(((Access.Denied) access).reason().key()).isEqualTo("firm.changeMembersOnly");
  }
}
