package nl.maakmatch.web.rematch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import nl.maakmatch.domain.rematch.RematchWork;

/**
 * One partition of a re-match execution: matches the run's pending plans 20 at a time, each batch
 * in its own transaction ({@link RematchWork}), until none is left to claim. A batchlet and not a
 * chunk step, because a chunk's transaction would also hold the batch runtime's own checkpoint
 * store, a second database that cannot join it.
 */
@Named("rematchBatchlet")
@Dependent
public class RematchBatchlet extends AbstractBatchlet {

  private static final int AT_ONCE = 20;

  @Inject
  @BatchProperty(name = "runId")
  String runId;

  @Inject RematchWork work;

  private volatile boolean stopping;

  @Override
  public String process() {
    UUID run = UUID.fromString(runId);
    work.begin(run);
    while (!stopping) {
      try {
        if (work.matchNext(run, AT_ONCE) == 0) {
          break;
        }
      } catch (RuntimeException e) {
        // something in the batch undid its transaction: match them one by one, skip the culprit
        oneByOne(run);
      }
    }
    return stopping ? "STOPPED" : "COMPLETED";
  }

  private void oneByOne(UUID run) {
    for (int i = 0; i < AT_ONCE && !stopping; i++) {
      try {
        if (work.matchNext(run, 1) == 0) {
          return;
        }
      } catch (RuntimeException e) {
        work.skipNext(run);
      }
    }
  }

  @Override
  public void stop() {
    stopping = true;
  }
}
