package nl.maakmatch.domain.instrument;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Repository of the definitions instruments had and have; only ever added to. */
@ApplicationScoped
public class InstrumentVersions {

  @PersistenceContext(unitName = "maakmatch")
  EntityManager em;

  public Optional<InstrumentVersion> find(String instrumentId, int version) {
    return Optional.ofNullable(
        em.find(InstrumentVersion.class, new InstrumentVersion.Key(instrumentId, version)));
  }

  /** The version that holds the instrument's present definition. */
  public InstrumentVersion currentOf(Instrument instrument) {
    return find(instrument.id(), instrument.currentVersion())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "instrument " + instrument.id() + " lacks its current version"));
  }

  /** The current version of every instrument, in order of instrument id. */
  public List<InstrumentVersion> allCurrent() {
    return em.createQuery(
            "SELECT v FROM InstrumentVersion v, Instrument i WHERE v.instrumentId = i.id AND"
                + " v.version = i.currentVersion ORDER BY v.instrumentId",
            InstrumentVersion.class)
        .getResultList();
  }

  /** Every definition an instrument has had, newest first. */
  public List<InstrumentVersion> allOf(String instrumentId) {
    return em.createQuery(
            "SELECT v FROM InstrumentVersion v WHERE v.instrumentId = :id ORDER BY v.version DESC",
            InstrumentVersion.class)
        .setParameter("id", instrumentId)
        .getResultList();
  }

  public void add(InstrumentVersion version) {
    em.persist(version);
  }
}
