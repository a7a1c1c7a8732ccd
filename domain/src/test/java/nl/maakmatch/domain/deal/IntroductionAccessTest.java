package nl.maakmatch.domain.deal;

import static nl.maakmatch.domain.fixtures.Actors.THE_BANK;
import static nl.maakmatch.domain.fixtures.Actors.anAdmin;
import static nl.maakmatch.domain.fixtures.Actors.anna;
import static nl.maakmatch.domain.fixtures.Actors.bramOfAnotherFirm;
import static nl.maakmatch.domain.fixtures.Actors.carlaAdviserInNoordBrabant;
import static nl.maakmatch.domain.fixtures.Actors.daanFinancierOfTheBank;
import static nl.maakmatch.domain.fixtures.Actors.dirkAdviserInLimburg;
import static nl.maakmatch.domain.fixtures.Actors.evaFinancierOfAnotherBank;
import static nl.maakmatch.domain.fixtures.Outcome.ALLOWED;
import static nl.maakmatch.domain.fixtures.Outcome.HIDDEN;
import static nl.maakmatch.domain.fixtures.Outcome.REFUSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.maakmatch.domain.access.Access;
import nl.maakmatch.domain.access.Access.Ground;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.access.Role;
import nl.maakmatch.domain.firm.FirmAccess;
import nl.maakmatch.domain.firm.FirmAccess.GuidanceTerms;
import nl.maakmatch.domain.fixtures.Outcome;
import nl.maakmatch.matching.firm.Province;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class IntroductionAccessTest {

  /** The actor's own firm's plan, introduced to the bank. */
  private static FirmAccess.Facts ownFirm() {
    return FirmAccess.Facts.ofMember();
  }

  /** A firm guided by Noord-Brabant's ROM, that lets its advisers edit its plans or not. */
  private static FirmAccess.Facts aFirmGuidedInNoordBrabant(boolean editGranted) {
    return FirmAccess.Facts.ofStranger()
        .guidedBy(new GuidanceTerms(Province.NB, Optional.empty(), editGranted));
  }

  /** A firm the actor has no relation with. */
  private static FirmAccess.Facts aFirmOfOthers() {
    return FirmAccess.Facts.ofStranger();
  }

  private static IntroductionAccess.Facts anOfferToTheBankFrom(FirmAccess.Facts firm) {
    return new IntroductionAccess.Facts(firm, THE_BANK, IntroductionState.OFFERED);
  }

  private static IntroductionAccess.Facts anIntroductionToTheBankFrom(
      FirmAccess.Facts firm, IntroductionState state) {
    return new IntroductionAccess.Facts(firm, THE_BANK, state);
  }

  static Stream<Arguments> parties() {
    return Stream.of(
        arguments(
            "the firm's user",
            anna(),
            ownFirm(),
            List.of(ALLOWED, REFUSED, ALLOWED, ALLOWED, ALLOWED)),
        arguments(
            "a guiding adviser the firm lets edit",
            carlaAdviserInNoordBrabant(),
            aFirmGuidedInNoordBrabant(true),
            List.of(ALLOWED, REFUSED, ALLOWED, REFUSED, ALLOWED)),
        arguments(
            "a guiding adviser without editing",
            carlaAdviserInNoordBrabant(),
            aFirmGuidedInNoordBrabant(false),
            List.of(ALLOWED, REFUSED, ALLOWED, REFUSED, REFUSED)),
        arguments(
            "an adviser of another region",
            dirkAdviserInLimburg(),
            aFirmGuidedInNoordBrabant(true),
            List.of(HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN)),
        arguments(
            "a financier of the organisation",
            daanFinancierOfTheBank(),
            aFirmOfOthers(),
            List.of(ALLOWED, ALLOWED, ALLOWED, REFUSED, REFUSED)),
        arguments(
            "a financier of another organisation",
            evaFinancierOfAnotherBank(),
            aFirmOfOthers(),
            List.of(HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN)),
        arguments(
            "another firm's user",
            bramOfAnotherFirm(),
            aFirmOfOthers(),
            List.of(HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN)),
        arguments(
            "an administrator",
            anAdmin(),
            aFirmOfOthers(),
            List.of(HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN)));
  }

  @ParameterizedTest(name = "{0} seeing, answering, posting, deciding, withdrawing: {3}")
  @MethodSource("parties")
  void letsEachPartyDoItsOwnPartOfAnIntroduction(
      String who, Actor actor, FirmAccess.Facts firm, List<Outcome> expected) {
    IntroductionAccess access = IntroductionAccess.of(actor, anOfferToTheBankFrom(firm));

    List<Outcome> outcomes =
        Stream.<Function<IntroductionAccess, Access>>of(
                IntroductionAccess::toSee,
                IntroductionAccess::toAnswer,
                IntroductionAccess::toPostMessages,
                IntroductionAccess::toDecide,
                IntroductionAccess::toWithdraw)
            .map(question -> Outcome.of(question.apply(access)))
            .toList();

    assertThat(outcomes).containsExactlyElementsOf(expected);
  }

  static Stream<Arguments> seeingOnTheirGround() {
    return Stream.of(
        arguments("the firm's user", anna(), ownFirm(), Ground.MEMBER),
        arguments(
            "a guiding adviser",
            carlaAdviserInNoordBrabant(),
            aFirmGuidedInNoordBrabant(false),
            Ground.GUIDANCE),
        arguments(
            "a financier of the organisation",
            daanFinancierOfTheBank(),
            aFirmOfOthers(),
            Ground.CONSENT));
  }

  @ParameterizedTest(name = "{0} sees it on the ground {3}")
  @MethodSource("seeingOnTheirGround")
  void namesTheGroundOnWhichEachPartySeesIt(
      String who, Actor actor, FirmAccess.Facts firm, Ground ground) {
    Access access = IntroductionAccess.of(actor, anOfferToTheBankFrom(firm)).toSee();

    assertThat(access).isEqualTo(Access.allowed(ground));
  }

  @ParameterizedTest(name = "a financier of the organisation sees a {0} introduction")
  @EnumSource(value = IntroductionState.class, names = "WITHDRAWN", mode = EnumSource.Mode.EXCLUDE)
  void showsTheOrganisationsFinanciersTheIntroductionUntilItIsWithdrawn(IntroductionState state) {
    Access access =
        IntroductionAccess.of(
                daanFinancierOfTheBank(), anIntroductionToTheBankFrom(aFirmOfOthers(), state))
            .toSee();

    assertThat(access).isEqualTo(Access.allowed(Ground.CONSENT));
  }

  @Test
  void hidesAWithdrawnIntroductionFromTheOrganisationsFinanciers() {
    IntroductionAccess access =
        IntroductionAccess.of(
            daanFinancierOfTheBank(),
            anIntroductionToTheBankFrom(aFirmOfOthers(), IntroductionState.WITHDRAWN));

    for (Access answer :
        List.of(
            access.toSee(),
            access.toAnswer(),
            access.toPostMessages(),
            access.toDecide(),
            access.toWithdraw())) {
      assertThat(answer).isInstanceOf(Access.Denied.class);
      assertThat(((Access.Denied) answer).refusal()).isEqualTo(Access.Refusal.HIDE);
      assertThat(((Access.Denied) answer).reason().key()).isEqualTo("introduction.withdrawn");
    }
  }

  @Test
  void keepsAWithdrawnIntroductionVisibleToTheFirmAndItsGuides() {
    Access firm =
        IntroductionAccess.of(
                anna(), anIntroductionToTheBankFrom(ownFirm(), IntroductionState.WITHDRAWN))
            .toSee();
    Access adviser =
        IntroductionAccess.of(
                carlaAdviserInNoordBrabant(),
                anIntroductionToTheBankFrom(
                    aFirmGuidedInNoordBrabant(false), IntroductionState.WITHDRAWN))
            .toSee();

    assertThat(firm).isEqualTo(Access.allowed(Ground.MEMBER));
    assertThat(adviser).isEqualTo(Access.allowed(Ground.GUIDANCE));
  }

  @Test
  void tellsTheFirmThatOnlyTheFinancierAnswers() {
    Access access = IntroductionAccess.of(anna(), anOfferToTheBankFrom(ownFirm())).toAnswer();

    assertThat(((Access.Denied) access).reason().key()).isEqualTo("introduction.financierOnly");
  }

  @Test
  void tellsAnAdviserAndTheFinancierThatOnlyTheFirmDecidesOnAnOffer() {
    Access adviser =
        IntroductionAccess.of(
                carlaAdviserInNoordBrabant(), anOfferToTheBankFrom(aFirmGuidedInNoordBrabant(true)))
            .toDecide();
    Access financier =
        IntroductionAccess.of(daanFinancierOfTheBank(), anOfferToTheBankFrom(aFirmOfOthers()))
            .toDecide();

    assertThat(((Access.Denied) adviser).reason().key())
        .isEqualTo("introduction.decideMembersOnly");
    assertThat(((Access.Denied) financier).reason().key())
        .isEqualTo("introduction.decideMembersOnly");
  }

  static Stream<Arguments> introducing() {
    return Stream.of(
        arguments("the firm's user", anna(), ownFirm(), ALLOWED),
        arguments(
            "a guiding adviser the firm lets edit",
            carlaAdviserInNoordBrabant(),
            aFirmGuidedInNoordBrabant(true),
            ALLOWED),
        arguments(
            "a guiding adviser without editing",
            carlaAdviserInNoordBrabant(),
            aFirmGuidedInNoordBrabant(false),
            REFUSED),
        arguments(
            "an adviser of another region",
            dirkAdviserInLimburg(),
            aFirmGuidedInNoordBrabant(true),
            HIDDEN),
        arguments("a financier", daanFinancierOfTheBank(), aFirmOfOthers(), HIDDEN),
        arguments("another firm's user", bramOfAnotherFirm(), aFirmOfOthers(), HIDDEN),
        arguments("an administrator", anAdmin(), aFirmOfOthers(), HIDDEN));
  }

  @ParameterizedTest(name = "{0} introducing a plan of the firm: {3}")
  @MethodSource("introducing")
  void letsTheFirmAndTheAdvisersItLetsEditIntroduceAPlan(
      String who, Actor actor, FirmAccess.Facts firm, Outcome expected) {
    assertThat(Outcome.of(IntroductionAccess.toIntroduce(actor, firm))).isEqualTo(expected);
  }

  @Test
  void tellsAnAdviserWithoutEditingWhoIntroduces() {
    Access access =
        IntroductionAccess.toIntroduce(
            carlaAdviserInNoordBrabant(), aFirmGuidedInNoordBrabant(false));

    assertThat(((Access.Denied) access).reason().key())
        .isEqualTo("introduction.introduceMembersOnly");
  }

  static Stream<Arguments> listing() {
    return Stream.of(
        arguments("a firm's user", anna(), ALLOWED),
        arguments("an adviser", dirkAdviserInLimburg(), ALLOWED),
        arguments("a financier of an organisation", daanFinancierOfTheBank(), ALLOWED),
        arguments(
            "a financier of no organisation",
            new Actor("fien", Set.of(Role.FINANCIER), Optional.empty(), Optional.empty()),
            REFUSED),
        arguments("an administrator", anAdmin(), REFUSED));
  }

  @ParameterizedTest(name = "{0} listing introductions: {2}")
  @MethodSource("listing")
  void listsIntroductionsForThePartiesToThem(String who, Actor actor, Outcome expected) {
    assertThat(Outcome.of(IntroductionAccess.toList(actor))).isEqualTo(expected);
  }

  static Stream<Arguments> sides() {
    return Stream.of(
        arguments("the firm's user", anna(), ownFirm(), Party.FIRM),
        arguments(
            "a guiding adviser the firm lets edit",
            carlaAdviserInNoordBrabant(),
            aFirmGuidedInNoordBrabant(true),
            Party.ADVISER),
        arguments(
            "a guiding adviser without editing",
            carlaAdviserInNoordBrabant(),
            aFirmGuidedInNoordBrabant(false),
            Party.ADVISER),
        arguments(
            "a financier of the organisation",
            daanFinancierOfTheBank(),
            aFirmOfOthers(),
            Party.FINANCIER));
  }

  @ParameterizedTest(name = "{0} takes part as {3}")
  @MethodSource("sides")
  void namesTheSideEachPartyTakesPartOn(
      String who, Actor actor, FirmAccess.Facts firm, Party party) {
    assertThat(IntroductionAccess.of(actor, anOfferToTheBankFrom(firm)).party()).isEqualTo(party);
  }
}
