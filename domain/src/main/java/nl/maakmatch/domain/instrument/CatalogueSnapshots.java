package nl.maakmatch.domain.instrument;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import nl.maakmatch.matching.MatchingEngine;
import nl.maakmatch.matching.catalogue.CatalogueReader;
import nl.maakmatch.matching.catalogue.CatalogueReading;

/**
 * Keeps the engine's catalogue in step with the stored one. A cheap fingerprint query decides
 * whether an edit happened since the last build (on any node of a cluster), so matches never run
 * against an outdated catalogue and the catalogue is not rebuilt for every match.
 */
@ApplicationScoped
public class CatalogueSnapshots {

  private static final Logger LOG = Logger.getLogger(CatalogueSnapshots.class.getName());

  @Inject Instruments instruments;
  @Inject InstrumentVersions versions;
  @Inject Clock clock;

  private volatile Built current;

  private record Built(String fingerprint, EngineCatalogue catalogue) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public EngineCatalogue current() {
    String fingerprint = instruments.fingerprint();
    Built built = current;
    if (built == null || !built.fingerprint().equals(fingerprint)) {
      built = new Built(fingerprint, build());
      current = built;
    }
    return built.catalogue();
  }

  private EngineCatalogue build() {
    List<InstrumentVersion> definitions = versions.allCurrent();
    // JSON is YAML, so the stored definitions are read by the same reader as a catalogue file
    StringBuilder document = new StringBuilder("{\"instruments\": [");
    Map<String, Integer> used = new LinkedHashMap<>();
    for (int i = 0; i < definitions.size(); i++) {
      document.append(i == 0 ? "" : ",").append(definitions.get(i).definition());
      used.put(definitions.get(i).instrumentId(), definitions.get(i).version());
    }
    document.append("]}");
    CatalogueReading reading = CatalogueReader.withShippedTerms().read(document.toString());
    if (!reading.report().isClean()) {
      LOG.warning("event=catalogue.partial report=" + reading.report());
    }
    return new EngineCatalogue(
        reading.catalogue(), used, new MatchingEngine(reading.catalogue(), clock));
  }
}
