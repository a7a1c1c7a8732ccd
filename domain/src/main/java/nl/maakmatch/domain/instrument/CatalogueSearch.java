package nl.maakmatch.domain.instrument;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.maakmatch.domain.PageRequest;
import nl.maakmatch.matching.catalogue.MatchingTerms;

/**
 * Searches the instruments of the catalogue as they are now. The catalogue holds tens of
 * instruments, and the filters ask the engine's reading of each definition, so the search runs over
 * the current versions in memory rather than in SQL.
 */
final class CatalogueSearch {

  /**
   * One current instrument and the scope of its matching terms, when the engine could read them.
   */
  record Candidate(ListedInstrument listing, Optional<MatchingTerms.Scope> scope) {}

  private CatalogueSearch() {}

  static CataloguePage search(List<Candidate> candidates, CatalogueQuery query, PageRequest page) {
    List<ListedInstrument> found =
        candidates.stream()
            .filter(c -> query.admits(c.listing(), c.scope()))
            .map(Candidate::listing)
            .sorted(Comparator.comparing(ListedInstrument::id))
            .toList();
    List<ListedInstrument> items = found.stream().skip(page.offset()).limit(page.size()).toList();
    return new CataloguePage(items, page, found.size());
  }
}
