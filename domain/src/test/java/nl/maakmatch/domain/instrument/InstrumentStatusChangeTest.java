package nl.maakmatch.domain.instrument;

import static nl.maakmatch.domain.instrument.CatalogueFixtures.NOON_ON_4_DECEMBER_2026;
import static nl.maakmatch.domain.instrument.CatalogueFixtures.aShippedInstrument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import nl.maakmatch.domain.StateConflict;
import nl.maakmatch.matching.text.MessageRenderer;
import org.junit.jupiter.api.Test;

class InstrumentStatusChangeTest {

  @Test
  void closingMakesANewVersionThatTakesNoApplicationsAndSaysWhy() {
    var qredits = aShippedInstrument("qredits_mkb_krediet");

    InstrumentVersion closed =
        qredits
            .instrument()
            .close(qredits.current(), "budget op", "admin", NOON_ON_4_DECEMBER_2026);

    assertThat(qredits.instrument().status()).isEqualTo(InstrumentStatus.CLOSED);
    assertThat(qredits.instrument().currentVersion()).isEqualTo(2);
    assertThat(closed.version()).isEqualTo(2);
    assertThat(closed.changeNote()).isEqualTo("closed: budget op");
    assertThat(closed.recordedBy()).isEqualTo("admin");
    assertThat(closed.recordedAt()).isEqualTo(OffsetDateTime.now(NOON_ON_4_DECEMBER_2026));
    assertThat(closed.definitionOf().tree().path("matching").path("statusReason").asText())
        .isEqualTo("budget op");
    assertThat(closed.definitionOf().read().status()).isEqualTo(InstrumentStatus.CLOSED);
  }

  @Test
  void closingLeavesTheEarlierVersionAndTheRestOfTheDefinitionAsTheyWere() {
    var qredits = aShippedInstrument("qredits_mkb_krediet");
    String before = qredits.current().definition();

    InstrumentVersion closed =
        qredits
            .instrument()
            .close(qredits.current(), "budget op", "admin", NOON_ON_4_DECEMBER_2026);

    assertThat(qredits.current().definition()).isEqualTo(before);
    var withoutMatching = closed.definitionOf().tree();
    ((ObjectNode) withoutMatching).remove("matching");
    var original = qredits.current().definitionOf().tree();
    ((ObjectNode) original).remove("matching");
    assertThat(withoutMatching).isEqualTo(original);
  }

  @Test
  void reopeningAClosedInstrumentMakesItAvailableInAThirdVersion() {
    var qredits = aShippedInstrument("qredits_mkb_krediet");
    InstrumentVersion closed =
        qredits
            .instrument()
            .close(qredits.current(), "budget op", "admin", NOON_ON_4_DECEMBER_2026);

    InstrumentVersion reopened =
        qredits.instrument().reopen(closed, "nieuw budget 2027", "admin", NOON_ON_4_DECEMBER_2026);

    assertThat(qredits.instrument().status()).isEqualTo(InstrumentStatus.AVAILABLE);
    assertThat(reopened.version()).isEqualTo(3);
    assertThat(reopened.changeNote()).isEqualTo("reopened: nieuw budget 2027");
    assertThat(reopened.definitionOf().read().status()).isEqualTo(InstrumentStatus.AVAILABLE);
  }

  @Test
  void reopensAnInstrumentShippedAsClosed() {
    var rdm = aShippedInstrument("rdm");

    rdm.instrument().reopen(rdm.current(), "regeling heropend", "admin", NOON_ON_4_DECEMBER_2026);

    assertThat(rdm.instrument().status()).isEqualTo(InstrumentStatus.AVAILABLE);
  }

  @Test
  void refusesToCloseAnInstrumentThatIsAlreadyClosedSayingWhatItIs() {
    var rdm = aShippedInstrument("rdm");

    assertThatThrownBy(
            () -> rdm.instrument().close(rdm.current(), "dubbel", "admin", NOON_ON_4_DECEMBER_2026))
        .isInstanceOfSatisfying(
            StateConflict.class,
            conflict -> {
              assertThat(MessageRenderer.dutch(conflict.explanation()))
                  .isEqualTo(
                      "Alleen een beschikbaar instrument kan worden gesloten; rdm is gesloten.");
              assertThat(MessageRenderer.english(conflict.explanation()))
                  .isEqualTo("Only an available instrument can be closed; rdm is closed.");
            });
    assertThat(rdm.instrument().currentVersion()).isEqualTo(1);
  }

  @Test
  void refusesToReopenAnInstrumentThatIsNotClosed() {
    var qredits = aShippedInstrument("qredits_mkb_krediet");

    assertThatThrownBy(
            () ->
                qredits
                    .instrument()
                    .reopen(qredits.current(), "al open", "admin", NOON_ON_4_DECEMBER_2026))
        .isInstanceOf(StateConflict.class);
    assertThat(qredits.instrument().currentVersion()).isEqualTo(1);
  }

  @Test
  void refusesToCloseAProposal() {
    var proposal = aShippedInstrument("wbio_proposed");

    assertThatThrownBy(
            () ->
                proposal
                    .instrument()
                    .close(proposal.current(), "geen beleid", "admin", NOON_ON_4_DECEMBER_2026))
        .isInstanceOf(StateConflict.class);
  }

  @Test
  void refusesToChangeStatusFromAnEarlierVersion() {
    var qredits = aShippedInstrument("qredits_mkb_krediet");
    InstrumentVersion first = qredits.current();
    InstrumentVersion closed =
        qredits.instrument().close(first, "budget op", "admin", NOON_ON_4_DECEMBER_2026);

    assertThatThrownBy(
            () -> qredits.instrument().reopen(first, "terug", "admin", NOON_ON_4_DECEMBER_2026))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(qredits.instrument().currentVersion()).isEqualTo(closed.version());
  }
}
