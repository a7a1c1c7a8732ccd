package nl.maakmatch.domain.match;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.maakmatch.domain.instrument.EngineCatalogue;
import nl.maakmatch.matching.MatchOptions;
import nl.maakmatch.matching.MatchResult;
import nl.maakmatch.matching.firm.FirmProfile;
import nl.maakmatch.matching.plan.PlanProfile;

/**
 * The results lately worked out for stored plans, with their digests. The portal matches a plan
 * again each time its page is opened: when nothing the engine reads has changed since — the firm's
 * and the plan's figures, the options, the catalogue, the day — the result is the one remembered.
 * When something did, an equal result still tells its digest without writing 40 kB of JSON to hash.
 */
final class RecentResults {

  /** Results are large (tens of kB in the heap): a few hundred plans opened lately suffice. */
  static final int PLANS = 256;

  /** A result and the digest it is stored under ({@link PlanMatch#digestOf}). */
  record Known(MatchResult result, String digest) {}

  /** Everything the engine's result depends on besides its catalogue and the day. */
  private record Inputs(FirmProfile firm, PlanProfile plan, MatchOptions options) {}

  private record Remembered(EngineCatalogue catalogue, Inputs inputs, Known known) {

    boolean answers(EngineCatalogue current, LocalDate today, Inputs asked) {
      // the catalogue is one object until an edit replaces it; the result names its own day
      return catalogue == current
          && known.result().evaluatedOn().equals(today)
          && inputs.equals(asked);
    }

    boolean sameResult(EngineCatalogue current, MatchResult other) {
      return catalogue.catalogue().version().equals(current.catalogue().version())
          && catalogue.instrumentVersions().equals(current.instrumentVersions())
          && known.result().equals(other);
    }
  }

  private final Map<UUID, Remembered> byPlan = new ConcurrentHashMap<>();

  /** The plan's result against this catalogue today, from the engine unless remembered. */
  Known of(
      UUID planId,
      EngineCatalogue catalogue,
      LocalDate today,
      FirmProfile firm,
      PlanProfile plan,
      MatchOptions options) {
    Inputs inputs = new Inputs(firm, plan, options);
    Remembered remembered = byPlan.get(planId);
    if (remembered != null && remembered.answers(catalogue, today, inputs)) {
      return remembered.known();
    }
    MatchResult result = catalogue.engine().match(firm, plan, options);
    String digest =
        remembered != null && remembered.sameResult(catalogue, result)
            ? remembered.known().digest()
            : PlanMatch.digestOf(
                catalogue.catalogue().version(),
                MatchService.json(catalogue.instrumentVersions()),
                MatchService.json(result));
    if (byPlan.size() >= PLANS) {
      byPlan.clear();
    }
    Known known = new Known(result, digest);
    byPlan.put(planId, new Remembered(catalogue, inputs, known));
    return known;
  }
}
