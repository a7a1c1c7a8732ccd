package nl.maakmatch.domain.plan;

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

class PlanAccessTest {

  private static PlanAccess.Facts ownPlan() {
    return new PlanAccess.Facts(FirmAccess.Facts.ofMember(), PlanStatus.SUBMITTED, Set.of());
  }

  private static PlanAccess.Facts aPlanSharedWithTheBank(PlanStatus status) {
    return new PlanAccess.Facts(FirmAccess.Facts.ofStranger(), status, Set.of(THE_BANK));
  }

  private static PlanAccess.Facts aPlanOfAFirmGuidedInNoordBrabant(boolean editGranted) {
    return new PlanAccess.Facts(
        FirmAccess.Facts.ofStranger()
            .guidedBy(new GuidanceTerms(Province.NB, Optional.empty(), editGranted)),
        PlanStatus.SUBMITTED,
        Set.of());
  }

  private static PlanAccess.Facts anUnsharedPlanOfAnotherFirm() {
    return new PlanAccess.Facts(FirmAccess.Facts.ofStranger(), PlanStatus.SUBMITTED, Set.of());
  }

  @Test
  void financiersSeeOpenAndFundedPlansButNotClosedOrWithdrawnOnes() {
    assertThat(PlanAccess.statusesFinanciersSee())
        .containsExactlyInAnyOrder(
            PlanStatus.DRAFT,
            PlanStatus.SUBMITTED,
            PlanStatus.MATCHED,
            PlanStatus.SHARED,
            PlanStatus.FUNDED);
  }

  @ParameterizedTest(name = "a financier of the bank reading a {0} plan shared with it")
  @EnumSource(
      value = PlanStatus.class,
      names = {"DRAFT", "SUBMITTED", "MATCHED", "SHARED", "FUNDED"})
  void showsAFinancierAPlanSharedWithItsOrganisationWhileOpenOrFunded(PlanStatus status) {
    Access access =
        PlanAccess.of(daanFinancierOfTheBank(), aPlanSharedWithTheBank(status)).toRead();

    assertThat(access).isEqualTo(Access.allowed(Ground.CONSENT));
  }

  @ParameterizedTest(name = "a financier of the bank reading a {0} plan shared with it")
  @EnumSource(
      value = PlanStatus.class,
      names = {"CLOSED", "WITHDRAWN"})
  void hidesAClosedOrWithdrawnPlanFromTheFinancierItWasSharedWith(PlanStatus status) {
    Access access =
        PlanAccess.of(daanFinancierOfTheBank(), aPlanSharedWithTheBank(status)).toRead();

    assertThat(Outcome.of(access)).isEqualTo(HIDDEN);
    assertThat(((Access.Denied) access).reason().key()).isEqualTo("plan.endedForFinanciers");
    assertThat(((Access.Denied) access).reason().args()).containsExactly(status);
  }

  static Stream<Arguments> readingByItsId() {
    return Stream.of(
        arguments("its firm's user", anna(), ownPlan(), ALLOWED),
        arguments(
            "an adviser guiding the firm",
            carlaAdviserInNoordBrabant(),
            aPlanOfAFirmGuidedInNoordBrabant(false),
            ALLOWED),
        arguments(
            "an adviser of another region",
            dirkAdviserInLimburg(),
            aPlanOfAFirmGuidedInNoordBrabant(false),
            HIDDEN),
        arguments(
            "a financier it is shared with",
            daanFinancierOfTheBank(),
            aPlanSharedWithTheBank(PlanStatus.SHARED),
            ALLOWED),
        arguments(
            "a financier of another bank",
            evaFinancierOfAnotherBank(),
            aPlanSharedWithTheBank(PlanStatus.SHARED),
            HIDDEN),
        arguments(
            "a financier, not shared with",
            daanFinancierOfTheBank(),
            anUnsharedPlanOfAnotherFirm(),
            HIDDEN),
        arguments(
            "another firm's user", bramOfAnotherFirm(), anUnsharedPlanOfAnotherFirm(), HIDDEN),
        arguments(
            "an administrator without break-glass",
            anAdmin(),
            aPlanSharedWithTheBank(PlanStatus.SHARED),
            HIDDEN));
  }

  @ParameterizedTest(name = "{0} reading the plan by its id: {3}")
  @MethodSource("readingByItsId")
  void showsAPlanByItsIdToItsFirmItsGuidesAndTheFinanciersItIsSharedWith(
      String who, Actor actor, PlanAccess.Facts plan, Outcome expected) {
    assertThat(Outcome.of(PlanAccess.of(actor, plan).toRead())).isEqualTo(expected);
  }

  @Test
  void showsAFinancierNothingThroughTheFirmEvenWhenThePlanIsShared() {
    Access access =
        PlanAccess.of(daanFinancierOfTheBank(), aPlanSharedWithTheBank(PlanStatus.SHARED))
            .toReadThroughItsFirm();

    assertThat(Outcome.of(access)).isEqualTo(HIDDEN);
  }

  static Stream<Arguments> revising() {
    return Stream.of(
        arguments("its firm's user", anna(), ownPlan(), ALLOWED),
        arguments(
            "a guiding adviser the firm lets edit",
            carlaAdviserInNoordBrabant(),
            aPlanOfAFirmGuidedInNoordBrabant(true),
            ALLOWED),
        arguments(
            "a guiding adviser without editing",
            carlaAdviserInNoordBrabant(),
            aPlanOfAFirmGuidedInNoordBrabant(false),
            REFUSED),
        arguments(
            "an adviser of another region",
            dirkAdviserInLimburg(),
            aPlanOfAFirmGuidedInNoordBrabant(true),
            HIDDEN),
        arguments(
            "a financier it is shared with",
            daanFinancierOfTheBank(),
            aPlanSharedWithTheBank(PlanStatus.SHARED),
            HIDDEN),
        arguments(
            "another firm's user", bramOfAnotherFirm(), anUnsharedPlanOfAnotherFirm(), HIDDEN));
  }

  @ParameterizedTest(name = "{0} revising the plan: {3}")
  @MethodSource("revising")
  void letsTheFirmAndAdvisersItAllowedReviseAPlan(
      String who, Actor actor, PlanAccess.Facts plan, Outcome expected) {
    assertThat(Outcome.of(PlanAccess.of(actor, plan).toRevise())).isEqualTo(expected);
  }

  static Stream<Arguments> decidingForTheFirm() {
    return Stream.of(
        arguments("its firm's user", anna(), ownPlan(), ALLOWED),
        arguments(
            "a guiding adviser the firm lets edit",
            carlaAdviserInNoordBrabant(),
            aPlanOfAFirmGuidedInNoordBrabant(true),
            REFUSED),
        arguments(
            "an adviser of another region",
            dirkAdviserInLimburg(),
            aPlanOfAFirmGuidedInNoordBrabant(true),
            HIDDEN),
        arguments(
            "another firm's user", bramOfAnotherFirm(), anUnsharedPlanOfAnotherFirm(), HIDDEN));
  }

  @ParameterizedTest(name = "{0} submitting, withdrawing, closing or funding: {3}")
  @MethodSource("decidingForTheFirm")
  void leavesAPlansStatusToItsFirm(
      String who, Actor actor, PlanAccess.Facts plan, Outcome expected) {
    assertThat(Outcome.of(PlanAccess.of(actor, plan).toChangeItsStatus())).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} sharing the plan or withdrawing consent: {3}")
  @MethodSource("decidingForTheFirm")
  void leavesConsentToShareToItsFirm(
      String who, Actor actor, PlanAccess.Facts plan, Outcome expected) {
    assertThat(Outcome.of(PlanAccess.of(actor, plan).toManageItsShares())).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} drafting a plan for the firm: {3}")
  @MethodSource("decidingForTheFirm")
  void letsOnlyTheFirmsUsersDraftAPlan(
      String who, Actor actor, PlanAccess.Facts plan, Outcome expected) {
    assertThat(Outcome.of(PlanAccess.toDraft(actor, plan.firm()))).isEqualTo(expected);
  }

  @Test
  void listsDealsForAFinancierWhoActsForAnOrganisationOnly() {
    Actor withoutOrganisation =
        new Actor("fien", Set.of(Role.FINANCIER), Optional.empty(), Optional.empty());

    assertThat(Outcome.of(PlanAccess.toSeeDeals(daanFinancierOfTheBank()))).isEqualTo(ALLOWED);
    assertThat(Outcome.of(PlanAccess.toSeeDeals(withoutOrganisation))).isEqualTo(REFUSED);
    assertThat(Outcome.of(PlanAccess.toSeeDeals(anna()))).isEqualTo(REFUSED);
  }

  @Test
  void leavesBreakGlassToAdministrators() {
    assertThat(Outcome.of(PlanAccess.toBreakGlass(anAdmin()))).isEqualTo(ALLOWED);
    assertThat(Outcome.of(PlanAccess.toBreakGlass(daanFinancierOfTheBank()))).isEqualTo(REFUSED);
    assertThat(Outcome.of(PlanAccess.toBreakGlass(anna()))).isEqualTo(REFUSED);
  }

  @Test
  void tellsAnAdviserWithoutEditingWhoMayChangeThePlan() {
    Access access =
        PlanAccess.of(carlaAdviserInNoordBrabant(), aPlanOfAFirmGuidedInNoordBrabant(false))
            .toRevise();

    assertThat(((Access.Denied) access).reason().key()).isEqualTo("plan.changeOwnerOrEditor");
  }

  static Stream<Actor> everyone() {
    return Stream.of(
        anna(),
        bramOfAnotherFirm(),
        carlaAdviserInNoordBrabant(),
        dirkAdviserInLimburg(),
        daanFinancierOfTheBank(),
        evaFinancierOfAnotherBank(),
        anAdmin());
  }

  /** The service skips looking up whom a plan was shown to when the answer cannot depend on it. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("everyone")
  void whomThePlanWasShownToChangesOnlyTheAnswerOfAnActorItTurnsOnFor(Actor actor) {
    for (FirmAccess.Facts firm :
        List.of(FirmAccess.Facts.ofMember(), FirmAccess.Facts.ofStranger())) {
      for (PlanStatus status : PlanStatus.values()) {
        PlanAccess unshared = PlanAccess.of(actor, new PlanAccess.Facts(firm, status, Set.of()));
        PlanAccess shared =
            PlanAccess.of(actor, new PlanAccess.Facts(firm, status, Set.of(THE_BANK)));
        if (!PlanAccess.turnsOnSharing(actor)) {
          assertThat(Outcome.of(shared.toRead())).isEqualTo(Outcome.of(unshared.toRead()));
          assertThat(Outcome.of(shared.toRevise())).isEqualTo(Outcome.of(unshared.toRevise()));
          assertThat(Outcome.of(shared.toChangeItsStatus()))
              .isEqualTo(Outcome.of(unshared.toChangeItsStatus()));
        }
      }
    }
    assertThat(PlanAccess.turnsOnSharing(actor)).isEqualTo(actor.has(Role.FINANCIER));
  }
}
