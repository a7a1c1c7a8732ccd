package nl.maakmatch.domain.match;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.maakmatch.domain.instrument.EngineCatalogue;
import nl.maakmatch.matching.MatchResult;

/**
 * The digests of the results lately worked out, per plan. A plan opened again unchanged gets an
 * equal result; comparing it with the one remembered tells its digest without writing 40 kB of JSON
 * to hash, which was the larger part of matching a stored plan.
 */
final class RecentDigests {

  /** Results are large (tens of kB in the heap): a few hundred plans opened lately suffice. */
  static final int PLANS = 256;

  private record Digested(
      String catalogueVersion,
      Map<String, Integer> instrumentVersions,
      MatchResult result,
      String digest) {

    boolean sameAs(EngineCatalogue catalogue, MatchResult other) {
      return catalogueVersion.equals(catalogue.catalogue().version())
          && instrumentVersions.equals(catalogue.instrumentVersions())
          && result.equals(other);
    }
  }

  private final Map<UUID, Digested> byPlan = new ConcurrentHashMap<>();

  /** The digest of the plan's result, as {@link PlanMatch#digestOf} works it out. */
  String of(UUID planId, EngineCatalogue catalogue, MatchResult result) {
    Digested known = byPlan.get(planId);
    if (known != null && known.sameAs(catalogue, result)) {
      return known.digest();
    }
    String digest =
        PlanMatch.digestOf(
            catalogue.catalogue().version(),
            MatchService.json(catalogue.instrumentVersions()),
            MatchService.json(result));
    if (byPlan.size() >= PLANS) {
      byPlan.clear();
    }
    byPlan.put(
        planId,
        new Digested(
            catalogue.catalogue().version(), catalogue.instrumentVersions(), result, digest));
    return digest;
  }
}
