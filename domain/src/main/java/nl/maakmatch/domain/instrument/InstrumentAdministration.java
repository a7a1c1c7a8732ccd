package nl.maakmatch.domain.instrument;

import static nl.maakmatch.domain.DomainMessages.TEXT;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.maakmatch.domain.BusinessRuleViolation;
import nl.maakmatch.domain.RecordKind;
import nl.maakmatch.domain.RecordNotFound;
import nl.maakmatch.domain.StaleVersion;
import nl.maakmatch.domain.StateConflict;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.event.CatalogueEvent;
import nl.maakmatch.domain.event.CatalogueEvent.InstrumentClosed;
import nl.maakmatch.domain.event.CatalogueEvent.InstrumentDefined;
import nl.maakmatch.domain.event.CatalogueEvent.InstrumentReopened;
import nl.maakmatch.domain.event.CatalogueEvent.InstrumentRevised;
import nl.maakmatch.domain.event.EventRecorder;
import nl.maakmatch.matching.catalogue.CatalogueReader;
import nl.maakmatch.matching.catalogue.CatalogueReading;
import nl.maakmatch.matching.catalogue.RejectedEntry;
import nl.maakmatch.matching.text.Listing;
import nl.maakmatch.matching.text.Message;

/**
 * Changes to the catalogue by administrators: defining or editing an instrument, closing and
 * reopening it, and importing a catalogue file. Each change is a new version; nothing is
 * overwritten. {@link CatalogueAccess} decides who may make them, and each is recorded as a {@link
 * CatalogueEvent} at the version it made.
 */
@ApplicationScoped
@Transactional
public class InstrumentAdministration {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject Instruments instruments;
  @Inject InstrumentVersions versions;
  @Inject EventRecorder events;
  @Inject Clock clock;

  /**
   * Imports a catalogue file in the reference format. Entries that cannot be read are rejected with
   * their reasons and change nothing; the others are added or get a new version when their
   * definition differs from the current one.
   */
  public ImportReport importFile(Actor actor, String yaml, String note) {
    CatalogueAccess.toKeepTheCatalogue(actor).require();
    CatalogueReading reading = CatalogueReader.withShippedTerms().read(yaml);
    List<String> added = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    for (var instrument : reading.catalogue().instruments()) {
      CatalogueEntry entry = ShippedCatalogue.entryOf(instrument);
      switch (store(actor, entry, note)) {
        case ADDED -> added.add(entry.id());
        case CHANGED -> changed.add(entry.id());
        case UNCHANGED -> unchanged.add(entry.id());
      }
    }
    List<ImportReport.Rejection> rejected =
        reading.report().rejected().stream().map(InstrumentAdministration::rejection).toList();
    return new ImportReport(
        added,
        changed,
        unchanged,
        rejected,
        reading.report().warnings(),
        reading.report().fileProblems());
  }

  /** Adds a new instrument from a definition in the catalogue-file format. */
  public void add(Actor actor, String id, JsonNode definition) {
    CatalogueAccess.toKeepTheCatalogue(actor).require();
    if (instruments.find(id).isPresent()) {
      throw new StateConflict(TEXT.get("instrument.exists", id));
    }
    define(actor, id, definition, null, "defined");
  }

  /**
   * Creates or edits one instrument from a definition in the catalogue-file format. An edit must
   * name the version it is based on.
   */
  public void define(
      Actor actor, String id, JsonNode definition, Long expectedVersion, String note) {
    CatalogueAccess.toKeepTheCatalogue(actor).require();
    ObjectNode withId = definition.deepCopy();
    withId.put("id", id);
    CatalogueReading reading = readOne(withId);
    if (reading.catalogue().instruments().isEmpty()) {
      RejectedEntry rejected =
          reading.report().rejected().isEmpty() ? null : reading.report().rejected().get(0);
      List<Message> reasons =
          rejected == null ? reading.report().fileProblems() : rejected.reasons();
      throw new BusinessRuleViolation(
          "invalid-definition", TEXT.get("instrument.invalidDefinition", Listing.of(reasons)));
    }
    Instrument current = instruments.find(id).orElse(null);
    if (current != null) {
      if (expectedVersion == null) {
        throw new BusinessRuleViolation("version-required", TEXT.get("instrument.versionRequired"));
      }
      StaleVersion.requireCurrent(
          RecordKind.INSTRUMENT, id, expectedVersion, current.currentVersion());
    }
    store(actor, ShippedCatalogue.entryOf(reading.catalogue().instruments().get(0)), note);
  }

  /** Closes an instrument to new applications, keeping every earlier version. */
  public void close(Actor actor, String id, long expectedVersion, String reason) {
    CatalogueAccess.toKeepTheCatalogue(actor).require();
    Instrument instrument = atVersion(id, expectedVersion);
    versions.add(instrument.close(versions.currentOf(instrument), reason, actor.subject(), clock));
    instruments.flush();
    record(actor, instrument, new InstrumentClosed(id));
  }

  /** Lets a closed instrument take applications again, keeping every earlier version. */
  public void reopen(Actor actor, String id, long expectedVersion, String reason) {
    CatalogueAccess.toKeepTheCatalogue(actor).require();
    Instrument instrument = atVersion(id, expectedVersion);
    versions.add(instrument.reopen(versions.currentOf(instrument), reason, actor.subject(), clock));
    instruments.flush();
    record(actor, instrument, new InstrumentReopened(id));
  }

  private Instrument atVersion(String id, long expectedVersion) {
    var current =
        instruments.find(id).orElseThrow(() -> new RecordNotFound(RecordKind.INSTRUMENT, id));
    StaleVersion.requireCurrent(
        RecordKind.INSTRUMENT, id, expectedVersion, current.currentVersion());
    return current;
  }

  private enum Outcome {
    ADDED,
    CHANGED,
    UNCHANGED
  }

  private Outcome store(Actor actor, CatalogueEntry entry, String note) {
    var existing = instruments.find(entry.id());
    String changeNote = note == null || note.isBlank() ? "edited by " + actor.subject() : note;
    if (existing.isEmpty()) {
      Instrument instrument = Instrument.define(entry, clock);
      instruments.add(instrument);
      versions.add(
          new InstrumentVersion(
              instrument,
              entry.definitionJson(),
              OffsetDateTime.now(clock),
              actor.subject(),
              changeNote));
      record(actor, instrument, new InstrumentDefined(instrument.id()));
      return Outcome.ADDED;
    }
    Instrument instrument = existing.get();
    String currentJson =
        versions
            .find(instrument.id(), instrument.currentVersion())
            .map(InstrumentVersion::definition)
            .orElse("");
    if (sameJson(currentJson, entry.definitionJson())) {
      return Outcome.UNCHANGED;
    }
    instrument.revise(entry, clock);
    versions.add(
        new InstrumentVersion(
            instrument,
            entry.definitionJson(),
            OffsetDateTime.now(clock),
            actor.subject(),
            changeNote));
    instruments.flush();
    record(actor, instrument, new InstrumentRevised(instrument.id()));
    return Outcome.CHANGED;
  }

  private void record(Actor actor, Instrument instrument, CatalogueEvent event) {
    events.record(actor, event, instrument.currentVersion(), InstrumentSnapshot.of(instrument));
  }

  private static boolean sameJson(String a, String b) {
    try {
      return JSON.readTree(a).equals(JSON.readTree(b));
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  private static CatalogueReading readOne(JsonNode definition) {
    return CatalogueReader.withShippedTerms().read("{\"instruments\": [" + definition + "]}");
  }

  private static ImportReport.Rejection rejection(RejectedEntry entry) {
    return new ImportReport.Rejection(entry.position(), entry.line(), entry.id(), entry.reasons());
  }
}
