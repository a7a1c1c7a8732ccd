package nl.maakmatch.domain.instrument;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
 * whether an edit happened since the last build (on any node of a cluster), so matches never
 * run against an outdated catalogue and the catalogue is not rebuilt for every match.
 */
@ApplicationScoped
public class CatalogueSnapshots {

  private static final Logger LOG = Logger.getLogger(CatalogueSnapshots.class.getName());

  @PersistenceContext(unitName = "maakmatch")
  EntityManager em;

  @Inject Clock clock;

  private volatile Built current;

  private record Built(String fingerprint, EngineCatalogue catalogue) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public EngineCatalogue current() {
    String fingerprint = fingerprint();
    Built built = current;
    if (built == null || !built.fingerprint().equals(fingerprint)) {
      built = new Built(fingerprint, build());
      current = built;
    }
    return built.catalogue();
  }

  private String fingerprint() {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT count(*), coalesce(sum(current_version), 0), max(updated_at)::text"
                        + " FROM instrument")
                .getSingleResult();
    return row[0] + "/" + row[1] + "/" + row[2];
  }

  private EngineCatalogue build() {
    List<InstrumentVersion> versions =
        em.createQuery(
                "SELECT v FROM InstrumentVersion v, Instrument i WHERE v.instrumentId = i.id AND"
                    + " v.version = i.currentVersion ORDER BY v.instrumentId",
                InstrumentVersion.class)
            .getResultList();
    // JSON is YAML, so the stored definitions are read by the same reader as a catalogue file
    StringBuilder document = new StringBuilder("{\"instruments\": [");
    Map<String, Integer> used = new LinkedHashMap<>();
    for (int i = 0; i < versions.size(); i++) {
      document.append(i == 0 ? "" : ",").append(versions.get(i).definition());
      used.put(versions.get(i).instrumentId(), versions.get(i).version());
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
