package nl.maakmatch.domain.instrument;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.maakmatch.matching.catalogue.CatalogueReader;

/** The shipped catalogue as the domain stores and searches it. */
final class CatalogueFixtures {

  static final Clock NOON_ON_4_DECEMBER_2026 =
      Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), ZoneOffset.UTC);

  private CatalogueFixtures() {}

  /** Every shipped instrument at version 1, with the scope the engine reads from its terms. */
  static List<CatalogueSearch.Candidate> theShippedCatalogue() {
    return CatalogueReader.shipped().instruments().stream()
        .map(
            engine -> {
              CatalogueEntry entry = ShippedCatalogue.entryOf(engine);
              Instrument instrument = Instrument.define(entry, NOON_ON_4_DECEMBER_2026);
              return new CatalogueSearch.Candidate(
                  ListedInstrument.of(instrument, new InstrumentDefinition(entry.definitionJson())),
                  Optional.of(engine.terms().scope()));
            })
        .toList();
  }

  /** A shipped instrument as first stored, with its first version. */
  static Stored aShippedInstrument(String id) {
    CatalogueEntry entry =
        CatalogueReader.shipped().instruments().stream()
            .filter(i -> i.id().equals(id))
            .findFirst()
            .map(ShippedCatalogue::entryOf)
            .orElseThrow(() -> new AssertionError(id + " is not shipped"));
    Instrument instrument = Instrument.define(entry, NOON_ON_4_DECEMBER_2026);
    InstrumentVersion first =
        new InstrumentVersion(
            instrument,
            entry.definitionJson(),
            OffsetDateTime.now(NOON_ON_4_DECEMBER_2026),
            "migration",
            "shipped");
    return new Stored(instrument, first);
  }

  record Stored(Instrument instrument, InstrumentVersion current) {}
}
