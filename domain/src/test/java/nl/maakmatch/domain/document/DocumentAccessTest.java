package nl.maakmatch.domain.document;

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
import java.util.stream.Stream;
import nl.maakmatch.domain.access.Access;
import nl.maakmatch.domain.access.Access.Ground;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.firm.FirmAccess;
import nl.maakmatch.domain.firm.FirmAccess.GuidanceTerms;
import nl.maakmatch.domain.fixtures.Outcome;
import nl.maakmatch.matching.firm.Province;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DocumentAccessTest {

  private static DocumentAccess.Facts ownPlan() {
    return new DocumentAccess.Facts(FirmAccess.Facts.ofMember(), false);
  }

  private static DocumentAccess.Facts aPlanGuidedInNoordBrabant(boolean editGranted) {
    return new DocumentAccess.Facts(
        FirmAccess.Facts.ofStranger()
            .guidedBy(new GuidanceTerms(Province.NB, Optional.empty(), editGranted)),
        false);
  }

  private static DocumentAccess.Facts documentsSharedWithTheActor() {
    return new DocumentAccess.Facts(FirmAccess.Facts.ofStranger(), true);
  }

  private static DocumentAccess.Facts documentsNotShared() {
    return new DocumentAccess.Facts(FirmAccess.Facts.ofStranger(), false);
  }

  static Stream<Arguments> reading() {
    return Stream.of(
        arguments("its firm's user", anna(), ownPlan(), ALLOWED),
        arguments(
            "a guiding adviser",
            carlaAdviserInNoordBrabant(),
            aPlanGuidedInNoordBrabant(false),
            ALLOWED),
        arguments(
            "an adviser of another region",
            dirkAdviserInLimburg(),
            aPlanGuidedInNoordBrabant(false),
            HIDDEN),
        arguments(
            "a financier the documents are shared with",
            daanFinancierOfTheBank(),
            documentsSharedWithTheActor(),
            ALLOWED),
        arguments(
            "a financier they are not shared with",
            daanFinancierOfTheBank(),
            documentsNotShared(),
            HIDDEN),
        arguments(
            "another firm's user, even if told they are shared",
            bramOfAnotherFirm(),
            documentsSharedWithTheActor(),
            HIDDEN),
        arguments("an administrator", anAdmin(), documentsNotShared(), HIDDEN));
  }

  @ParameterizedTest(name = "{0} listing and downloading: {3}")
  @MethodSource("reading")
  void showsDocumentsToTheFirmItsGuidesAndTheFinanciersTheyAreSharedWith(
      String who, Actor actor, DocumentAccess.Facts facts, Outcome expected) {
    assertThat(Outcome.of(DocumentAccess.of(actor, facts).toRead())).isEqualTo(expected);
  }

  @Test
  void readsAFinanciersDownloadAsConsentSoItIsAuditedAsAnotherPartysRead() {
    Access access =
        DocumentAccess.of(daanFinancierOfTheBank(), documentsSharedWithTheActor()).toRead();

    assertThat(access).isEqualTo(Access.allowed(Ground.CONSENT));
  }

  static Stream<Arguments> changing() {
    return Stream.of(
        arguments("its firm's user", anna(), ownPlan(), ALLOWED),
        arguments(
            "a guiding adviser the firm lets edit",
            carlaAdviserInNoordBrabant(),
            aPlanGuidedInNoordBrabant(true),
            ALLOWED),
        arguments(
            "a guiding adviser without editing",
            carlaAdviserInNoordBrabant(),
            aPlanGuidedInNoordBrabant(false),
            REFUSED),
        arguments(
            "a financier the documents are shared with",
            daanFinancierOfTheBank(),
            documentsSharedWithTheActor(),
            HIDDEN),
        arguments("another firm's user", bramOfAnotherFirm(), documentsNotShared(), HIDDEN));
  }

  @ParameterizedTest(name = "{0} uploading and deleting: {3}")
  @MethodSource("changing")
  void letsTheFirmAndTheAdvisersItLetsEditChangeDocuments(
      String who, Actor actor, DocumentAccess.Facts facts, Outcome expected) {
    assertThat(Outcome.of(DocumentAccess.of(actor, facts).toChange())).isEqualTo(expected);
  }

  @Test
  void tellsAnAdviserWithoutEditingWhoMayChangeDocuments() {
    Access access =
        DocumentAccess.of(carlaAdviserInNoordBrabant(), aPlanGuidedInNoordBrabant(false))
            .toChange();

    assertThat(((Access.Denied) access).reason().key()).isEqualTo("document.changeOwnerOrEditor");
  }

  @Test
  void asksWhetherDocumentsAreSharedOnlyForAFinancierOfAnOrganisation() {
    assertThat(DocumentAccess.mayBeSharedWith(daanFinancierOfTheBank())).isTrue();
    assertThat(DocumentAccess.mayBeSharedWith(anna())).isFalse();
    assertThat(DocumentAccess.mayBeSharedWith(carlaAdviserInNoordBrabant())).isFalse();
  }
}
