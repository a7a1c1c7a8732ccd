package nl.maakmatch.domain.instrument;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import nl.maakmatch.domain.PageRequest;
import nl.maakmatch.matching.catalogue.Catalogue;

/** The catalogue as everyone reads it: its search and each instrument's current definition. */
@ApplicationScoped
public class InstrumentCatalogue {

  @Inject Instruments instruments;
  @Inject InstrumentVersions versions;
  @Inject CatalogueSnapshots snapshots;

  /**
   * The instruments that fit the query, one page of them, in order of id. The filters on province,
   * size class and purpose ask the engine's reading of each current definition.
   */
  public CataloguePage search(CatalogueQuery query, PageRequest page) {
    Catalogue engine = snapshots.current().catalogue();
    List<CatalogueSearch.Candidate> candidates =
        instruments.allWithCurrentVersion().stream()
            .map(
                current ->
                    new CatalogueSearch.Candidate(
                        ListedInstrument.of(current.instrument(), current.version().definitionOf()),
                        engine.instrument(current.instrument().id()).map(e -> e.terms().scope())))
            .toList();
    return CatalogueSearch.search(candidates, query, page);
  }

  /** The instrument with its whole current definition. */
  public Optional<DescribedInstrument> describe(String id) {
    return instruments
        .find(id)
        .map(
            instrument -> {
              InstrumentDefinition definition = versions.currentOf(instrument).definitionOf();
              return new DescribedInstrument(
                  ListedInstrument.of(instrument, definition), definition.tree());
            });
  }

  /** Every definition the instrument has had, newest first; empty when there is no such id. */
  public List<InstrumentVersion> history(String id) {
    return versions.allOf(id);
  }

  public Optional<Instrument> find(String id) {
    return instruments.find(id);
  }
}
