package nl.maakmatch.domain.instrument;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Repository of the instrument catalogue. */
@ApplicationScoped
public class InstrumentCatalogue {

  @PersistenceContext(unitName = "maakmatch")
  EntityManager em;

  public List<Instrument> all() {
    return em.createQuery("SELECT i FROM Instrument i ORDER BY i.id", Instrument.class)
        .getResultList();
  }

  public List<Instrument> withStatus(InstrumentStatus status) {
    return em.createQuery(
            "SELECT i FROM Instrument i WHERE i.status = :status ORDER BY i.id", Instrument.class)
        .setParameter("status", status)
        .getResultList();
  }

  /** The current definition (JSON) of every instrument, in one query. */
  public java.util.Map<String, String> currentDefinitions() {
    java.util.Map<String, String> definitions = new java.util.HashMap<>();
    em.createQuery(
            "SELECT v FROM InstrumentVersion v, Instrument i WHERE v.instrumentId = i.id AND"
                + " v.version = i.currentVersion",
            InstrumentVersion.class)
        .getResultList()
        .forEach(v -> definitions.put(v.instrumentId(), v.definition()));
    return definitions;
  }

  public Optional<Instrument> find(String id) {
    return Optional.ofNullable(em.find(Instrument.class, id));
  }

  public Optional<InstrumentVersion> version(String id, int version) {
    return Optional.ofNullable(
        em.find(InstrumentVersion.class, new InstrumentVersion.Key(id, version)));
  }
}
