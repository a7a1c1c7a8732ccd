package nl.maakmatch.domain.instrument;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.maakmatch.domain.PageRequest;
import nl.maakmatch.matching.catalogue.Catalogue;

/** Repository of the instrument catalogue, and its search. */
@ApplicationScoped
public class InstrumentCatalogue {

  @PersistenceContext(unitName = "maakmatch")
  EntityManager em;

  @Inject CatalogueSnapshots snapshots;

  /**
   * The instruments that fit the query, one page of them, in order of id. The filters on
   * province, size class and purpose ask the engine's reading of each current definition.
   */
  public CataloguePage search(CatalogueQuery query, PageRequest page) {
    Catalogue engine = snapshots.current().catalogue();
    List<CatalogueSearch.Candidate> candidates =
        em.createQuery(
                "SELECT i, v FROM Instrument i, InstrumentVersion v WHERE v.instrumentId = i.id"
                    + " AND v.version = i.currentVersion",
                Object[].class)
            .getResultList()
            .stream()
            .map(
                row -> {
                  Instrument instrument = (Instrument) row[0];
                  InstrumentVersion version = (InstrumentVersion) row[1];
                  return new CatalogueSearch.Candidate(
                      ListedInstrument.of(instrument, version.definitionOf()),
                      engine.instrument(instrument.id()).map(e -> e.terms().scope()));
                })
            .toList();
    return CatalogueSearch.search(candidates, query, page);
  }

  /** The instrument with its whole current definition. */
  public Optional<DescribedInstrument> describe(String id) {
    return find(id)
        .map(
            instrument -> {
              InstrumentDefinition definition = currentVersionOf(instrument).definitionOf();
              return new DescribedInstrument(
                  ListedInstrument.of(instrument, definition), definition.tree());
            });
  }

  public Optional<Instrument> find(String id) {
    return Optional.ofNullable(em.find(Instrument.class, id));
  }

  public Optional<InstrumentVersion> version(String id, int version) {
    return Optional.ofNullable(
        em.find(InstrumentVersion.class, new InstrumentVersion.Key(id, version)));
  }

  InstrumentVersion currentVersionOf(Instrument instrument) {
    return version(instrument.id(), instrument.currentVersion())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "instrument " + instrument.id() + " lacks its current version"));
  }
}
