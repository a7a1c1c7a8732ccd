package nl.maakmatch.domain.rematch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.maakmatch.domain.match.MatchService;
import nl.maakmatch.domain.match.MatchService.Rematched;

/**
 * One step of a re-match run, in one transaction: claim some of the run's pending plans, match each
 * again, store the new matches, queue the notices of changed results and mark the plans done. A
 * crash before the commit leaves all of it to be done again; nothing is done twice.
 */
@ApplicationScoped
public class RematchWork {

  private static final Logger LOG = Logger.getLogger(RematchWork.class.getName());

  @Inject RematchRuns runs;
  @Inject MatchService matching;
  @Inject RematchNotices notices;

  /**
   * Marks the run begun, once per worker and before its first claim (see {@link
   * RematchRuns#begin}).
   */
  public void begin(UUID runId) {
    runs.begin(runId);
  }

  /**
   * Matches up to {@code count} of the run's pending plans again.
   *
   * @return how many plans were claimed; 0 when none is left to claim (or the run stopped running)
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int matchNext(UUID runId, int count) {
    List<UUID> plans = runs.claim(runId, count);
    for (UUID planId : plans) {
      Boolean changed;
      try {
        Optional<Rematched> rematched = matching.rematch(planId);
        rematched.ifPresent(notices::tell);
        changed = rematched.map(r -> r.change().any()).orElse(false);
      } catch (RuntimeException e) {
        // a plan the engine cannot match must not stop the run for every other firm
        LOG.log(Level.WARNING, e, () -> "Re-matching plan " + planId + " failed");
        changed = null;
      }
      runs.done(runId, planId, changed);
    }
    return plans.size();
  }

  /**
   * Marks the run's next pending plan as failed, after matching it alone undid its transaction.
   *
   * @return whether there was one
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean skipNext(UUID runId) {
    List<UUID> plans = runs.claim(runId, 1);
    plans.forEach(
        planId -> {
          LOG.warning(() -> "Re-matching plan " + planId + " failed; the run goes on without it");
          runs.done(runId, planId, null);
        });
    return !plans.isEmpty();
  }
}
