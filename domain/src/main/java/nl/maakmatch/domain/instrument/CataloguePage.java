package nl.maakmatch.domain.instrument;

import java.util.List;
import java.util.Objects;
import nl.maakmatch.domain.PageRequest;

/**
 * One page of a search of the catalogue, in order of id.
 *
 * @param total how many instruments the whole search found, on every page together
 */
public record CataloguePage(List<ListedInstrument> items, PageRequest page, long total) {

  public CataloguePage {
    Objects.requireNonNull(page, "page");
    items = List.copyOf(items);
  }
}
