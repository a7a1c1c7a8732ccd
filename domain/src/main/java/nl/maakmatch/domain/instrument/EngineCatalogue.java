package nl.maakmatch.domain.instrument;

import java.util.Map;
import nl.maakmatch.matching.MatchingEngine;
import nl.maakmatch.matching.catalogue.Catalogue;

/**
 * The catalogue as the engine uses it, with the stored version of each instrument it was built
 * from, so a match can record exactly what it used.
 */
public record EngineCatalogue(
    Catalogue catalogue, Map<String, Integer> instrumentVersions, MatchingEngine engine) {

  public EngineCatalogue {
    instrumentVersions = Map.copyOf(instrumentVersions);
  }
}
