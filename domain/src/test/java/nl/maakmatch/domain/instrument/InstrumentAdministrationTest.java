package nl.maakmatch.domain.instrument;

import static nl.maakmatch.domain.fixtures.Actors.anAdmin;
import static nl.maakmatch.domain.fixtures.Actors.carlaAdviserInNoordBrabant;
import static nl.maakmatch.domain.instrument.CatalogueFixtures.NOON_ON_4_DECEMBER_2026;
import static nl.maakmatch.domain.instrument.CatalogueFixtures.aShippedInstrument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.maakmatch.domain.BusinessRuleViolation;
import nl.maakmatch.domain.StaleVersion;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.access.NotPermitted;
import nl.maakmatch.domain.event.DomainEvent;
import nl.maakmatch.domain.event.EventRecorder;
import org.junit.jupiter.api.Test;

/** The administration's actions on a catalogue kept in memory: what each stores and records. */
class InstrumentAdministrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Instrument> storedInstruments = new HashMap<>();
  private final Map<String, InstrumentVersion> storedVersions = new HashMap<>();
  private final List<String> recorded = new ArrayList<>();
  private final InstrumentAdministration administration = anAdministrationKeepingItAllInMemory();

  @Test
  void addingAnInstrumentRecordsItsDefinitionAsVersionOne() throws Exception {
    ObjectNode definition = definitionOf("qredits_mkb_krediet");

    administration.add(anAdmin(), "testlening", definition);

    assertThat(storedInstruments.get("testlening").currentVersion()).isEqualTo(1);
    assertThat(storedVersions).containsKey("testlening/1");
    assertThat(recorded).containsExactly("InstrumentDefined testlening v1 by admin");
  }

  @Test
  void editingMakesANewVersionAndRecordsTheRevision() throws Exception {
    storeTheShipped("qredits_mkb_krediet");
    ObjectNode definition = definitionOf("qredits_mkb_krediet").put("name", "Qredits (bijgewerkt)");

    administration.define(anAdmin(), "qredits_mkb_krediet", definition, 1L, "nieuwe naam");

    assertThat(storedInstruments.get("qredits_mkb_krediet").name())
        .isEqualTo("Qredits (bijgewerkt)");
    assertThat(storedVersions.get("qredits_mkb_krediet/2").changeNote()).isEqualTo("nieuwe naam");
    assertThat(recorded).containsExactly("InstrumentRevised qredits_mkb_krediet v2 by admin");
  }

  @Test
  void refusesAnEditBasedOnAVersionThatIsNoLongerCurrent() throws Exception {
    storeTheShipped("qredits_mkb_krediet");
    ObjectNode definition = definitionOf("qredits_mkb_krediet").put("name", "Qredits (bijgewerkt)");

    assertThatThrownBy(
            () -> administration.define(anAdmin(), "qredits_mkb_krediet", definition, 0L, null))
        .isInstanceOf(StaleVersion.class);
    assertThat(storedVersions).doesNotContainKey("qredits_mkb_krediet/2");
    assertThat(recorded).isEmpty();
  }

  @Test
  void refusesAnEditThatNamesNoVersion() throws Exception {
    storeTheShipped("qredits_mkb_krediet");

    assertThatThrownBy(
            () ->
                administration.define(
                    anAdmin(),
                    "qredits_mkb_krediet",
                    definitionOf("qredits_mkb_krediet"),
                    null,
                    null))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class, e -> assertThat(e.rule()).isEqualTo("version-required"));
    assertThat(recorded).isEmpty();
  }

  @Test
  void closingAndReopeningEachRecordTheirOwnEvent() {
    storeTheShipped("qredits_mkb_krediet");

    administration.close(anAdmin(), "qredits_mkb_krediet", 1, "budget op");
    administration.reopen(anAdmin(), "qredits_mkb_krediet", 2, "nieuw budget");

    assertThat(storedInstruments.get("qredits_mkb_krediet").status())
        .isEqualTo(InstrumentStatus.AVAILABLE);
    assertThat(recorded)
        .containsExactly(
            "InstrumentClosed qredits_mkb_krediet v2 by admin",
            "InstrumentReopened qredits_mkb_krediet v3 by admin");
  }

  @Test
  void closingAnOlderVersionIsRefusedAsStale() {
    storeTheShipped("qredits_mkb_krediet");

    assertThatThrownBy(() -> administration.close(anAdmin(), "qredits_mkb_krediet", 3, "budget op"))
        .isInstanceOf(StaleVersion.class);
    assertThat(recorded).isEmpty();
  }

  @Test
  void importingRecordsWhatItAddedAndNothingForWhatIsUnchanged() throws Exception {
    storeTheShipped("qredits_mkb_krediet");
    String file =
        "{\"instruments\": ["
            + definitionOf("qredits_mkb_krediet")
            + ","
            + definitionOf("qredits_mkb_krediet").put("id", "testlening")
            + "]}";

    ImportReport report = administration.importFile(anAdmin(), file, "import");

    assertThat(report.unchanged()).containsExactly("qredits_mkb_krediet");
    assertThat(report.added()).containsExactly("testlening");
    assertThat(recorded).containsExactly("InstrumentDefined testlening v1 by admin");
  }

  @Test
  void onlyAnAdministratorChangesTheCatalogueAndARefusalLeavesNoTrace() throws Exception {
    storeTheShipped("qredits_mkb_krediet");
    Actor adviser = carlaAdviserInNoordBrabant();

    assertThatThrownBy(
            () -> administration.add(adviser, "testlening", definitionOf("qredits_mkb_krediet")))
        .isInstanceOf(NotPermitted.class);
    assertThatThrownBy(() -> administration.close(adviser, "qredits_mkb_krediet", 1, "weg"))
        .isInstanceOf(NotPermitted.class);
    assertThatThrownBy(() -> administration.importFile(adviser, "instruments: []", null))
        .isInstanceOf(NotPermitted.class);
    assertThat(storedInstruments).containsOnlyKeys("qredits_mkb_krediet");
    assertThat(recorded).isEmpty();
  }

  private void storeTheShipped(String id) {
    var shipped = aShippedInstrument(id);
    storedInstruments.put(id, shipped.instrument());
    storedVersions.put(id + "/1", shipped.current());
  }

  private static ObjectNode definitionOf(String shippedId) throws Exception {
    return (ObjectNode) JSON.readTree(aShippedInstrument(shippedId).current().definition());
  }

  private InstrumentAdministration anAdministrationKeepingItAllInMemory() {
    InstrumentAdministration administration = new InstrumentAdministration();
    administration.clock = NOON_ON_4_DECEMBER_2026;
    administration.instruments =
        new Instruments() {
          @Override
          public Optional<Instrument> find(String id) {
            return Optional.ofNullable(storedInstruments.get(id));
          }

          @Override
          public void add(Instrument instrument) {
            storedInstruments.put(instrument.id(), instrument);
          }

          @Override
          public void flush() {}
        };
    administration.versions =
        new InstrumentVersions() {
          @Override
          public Optional<InstrumentVersion> find(String instrumentId, int version) {
            return Optional.ofNullable(storedVersions.get(instrumentId + "/" + version));
          }

          @Override
          public void add(InstrumentVersion version) {
            storedVersions.put(version.instrumentId() + "/" + version.version(), version);
          }
        };
    administration.events =
        new EventRecorder() {
          @Override
          public void record(Actor actor, DomainEvent event, long version, Object snapshot) {
            recorded.add(
                event.type()
                    + " "
                    + event.aggregateId()
                    + " v"
                    + version
                    + " by "
                    + actor.subject());
          }
        };
    return administration;
  }
}
