package nl.maakmatch.domain.instrument;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Repository of the catalogue's instruments, by id. */
@ApplicationScoped
public class Instruments {

  /** An instrument with the version that holds its present definition. */
  public record Current(Instrument instrument, InstrumentVersion version) {}

  @PersistenceContext(unitName = "maakmatch")
  EntityManager em;

  public Optional<Instrument> find(String id) {
    return Optional.ofNullable(em.find(Instrument.class, id));
  }

  /** Every instrument with its current version, in one query. */
  public List<Current> allWithCurrentVersion() {
    return em
        .createQuery(
            "SELECT i, v FROM Instrument i, InstrumentVersion v WHERE v.instrumentId = i.id"
                + " AND v.version = i.currentVersion",
            Object[].class)
        .getResultList()
        .stream()
        .map(row -> new Current((Instrument) row[0], (InstrumentVersion) row[1]))
        .toList();
  }

  /**
   * A cheap value that changes whenever an instrument is added or gets a new version, on any node
   * of a cluster: the number of instruments, the sum of their version numbers and the latest
   * change.
   */
  public String fingerprint() {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT count(*), coalesce(sum(current_version), 0), max(updated_at)::text"
                        + " FROM instrument")
                .getSingleResult();
    return row[0] + "/" + row[1] + "/" + row[2];
  }

  public void add(Instrument instrument) {
    em.persist(instrument);
  }

  /** Writes pending changes now, so a concurrent edit fails inside the action that caused it. */
  public void flush() {
    em.flush();
  }
}
