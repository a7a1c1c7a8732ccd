package nl.maakmatch.domain.match;

import static nl.maakmatch.domain.fixtures.FirmFixtures.ITS_KVK_NUMBER;
import static nl.maakmatch.domain.fixtures.FirmFixtures.aSmallMachineBuilder;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.maakmatch.domain.firm.Firm;
import nl.maakmatch.domain.fixtures.PlanFixtures;
import nl.maakmatch.domain.fixtures.Time;
import nl.maakmatch.domain.instrument.EngineCatalogue;
import nl.maakmatch.matching.MatchOptions;
import nl.maakmatch.matching.MatchResult;
import nl.maakmatch.matching.MatchingEngine;
import nl.maakmatch.matching.catalogue.Catalogue;
import nl.maakmatch.matching.catalogue.CatalogueReader;
import nl.maakmatch.matching.stack.Objective;
import org.junit.jupiter.api.Test;

class RecentDigestsTest {

  private static final UUID PLAN = UUID.randomUUID();

  private final Catalogue shipped = CatalogueReader.shipped();
  private final MatchingEngine engine = new MatchingEngine(shipped, Time.fixedClock());
  private final EngineCatalogue catalogue = new EngineCatalogue(shipped, versions(1), engine);
  private final RecentDigests digests = new RecentDigests();

  @Test
  void anEqualResultOfThePlanHasTheDigestOfItsJson() {
    MatchResult first = match(MatchOptions.defaults());
    MatchResult again = match(MatchOptions.defaults());

    String digest = digests.of(PLAN, catalogue, first);

    // the engine's results are values: what lets an unchanged plan skip writing its JSON
    assertThat(again).isNotSameAs(first).isEqualTo(first);
    assertThat(digest).isEqualTo(written(catalogue, first));
    assertThat(digests.of(PLAN, catalogue, again)).isEqualTo(digest);
  }

  @Test
  void anotherResultOrAnotherCatalogueIsDigestedAgain() {
    String lowestCost = digests.of(PLAN, catalogue, match(MatchOptions.defaults()));
    MatchResult withProposed = match(new MatchOptions(true, Objective.LOWEST_COST));
    EngineCatalogue revised = new EngineCatalogue(shipped, versions(2), engine);

    String other = digests.of(PLAN, catalogue, withProposed);
    String afterRevision = digests.of(PLAN, revised, withProposed);

    assertThat(other).isEqualTo(written(catalogue, withProposed)).isNotEqualTo(lowestCost);
    assertThat(afterRevision).isEqualTo(written(revised, withProposed)).isNotEqualTo(other);
  }

  private MatchResult match(MatchOptions options) {
    return engine.match(
        Firm.register(ITS_KVK_NUMBER, aSmallMachineBuilder(), "anna", Time.fixedClock())
            .profile(Time.TODAY),
        PlanFixtures.aSubmittedPlan().profile(),
        options);
  }

  private static String written(EngineCatalogue catalogue, MatchResult result) {
    return PlanMatch.digestOf(
        catalogue.catalogue().version(),
        MatchService.json(catalogue.instrumentVersions()),
        MatchService.json(result));
  }

  private Map<String, Integer> versions(int version) {
    Map<String, Integer> versions = new HashMap<>();
    shipped.instruments().forEach(instrument -> versions.put(instrument.id(), version));
    return versions;
  }
}
