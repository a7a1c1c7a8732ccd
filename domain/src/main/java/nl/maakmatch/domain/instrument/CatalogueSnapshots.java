package nl.maakmatch.domain.instrument;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import nl.maakmatch.domain.event.CatalogueEvent;
import nl.maakmatch.matching.MatchingEngine;
import nl.maakmatch.matching.catalogue.CatalogueReader;
import nl.maakmatch.matching.catalogue.CatalogueReading;

/**
 * Keeps the engine's catalogue in step with the stored one without asking the database for every
 * match. An edit on this node marks the snapshot stale as soon as it commits, so the
 * administrator's next match already uses it; an edit on another node of a cluster is noticed by a
 * cheap fingerprint query made at most once per {@link #RECHECK} by any request.
 */
@ApplicationScoped
public class CatalogueSnapshots {

  private static final Logger LOG = Logger.getLogger(CatalogueSnapshots.class.getName());

  @Inject Instruments instruments;
  @Inject InstrumentVersions versions;
  @Inject Clock clock;

  /** How old another node's catalogue edit can be before this node's matches use it. */
  static final Duration RECHECK = Duration.ofSeconds(1);

  LongSupplier nanoTime = System::nanoTime;

  private volatile Built current;
  private volatile boolean stale = true;

  private record Built(String fingerprint, EngineCatalogue catalogue, long checkedAt) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public EngineCatalogue current() {
    Built built = current;
    long now = nanoTime.getAsLong();
    if (built != null && !stale && now - built.checkedAt() < RECHECK.toNanos()) {
      return built.catalogue();
    }
    // cleared before the query: an edit committed after it marks the snapshot stale again
    stale = false;
    String fingerprint = instruments.fingerprint();
    Built next =
        built != null && built.fingerprint().equals(fingerprint)
            ? new Built(fingerprint, built.catalogue(), now)
            : new Built(fingerprint, build(), now);
    current = next;
    return next.catalogue();
  }

  /** An edit on this node: the next match reads the catalogue again. */
  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogueEvent event) {
    stale = true;
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
