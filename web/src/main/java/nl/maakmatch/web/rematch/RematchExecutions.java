package nl.maakmatch.web.rematch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.maakmatch.domain.rematch.RematchRequested;
import nl.maakmatch.domain.rematch.RematchRuns;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This instance's executions of the {@code rematch} batch job: one per running run at most. A new
 * run starts here at once; every instance also joins each running run now and then ({@link
 * #joinRunning}), which shares the work and takes over a run whose instance went down.
 */
@ApplicationScoped
public class RematchExecutions {

  private static final Logger LOG = Logger.getLogger(RematchExecutions.class.getName());

  static final String JOB = "rematch";

  private static final Set<BatchStatus> ACTIVE =
      EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

  @Inject RematchRuns runs;

  /** Plans matched at once by one instance: one partition (thread) each. */
  @Inject
  @ConfigProperty(name = "maakmatch.rematch.partitions", defaultValue = "2")
  int partitions;

  private final Map<UUID, Long> executions = new HashMap<>();

  void requested(@Observes(during = TransactionPhase.AFTER_SUCCESS) RematchRequested request) {
    try {
      join(request.runId());
    } catch (RuntimeException e) {
      // the run is stored: the next round of joinRunning starts it
      LOG.log(Level.WARNING, "Starting a re-match here failed; it is joined within seconds", e);
    }
  }

  /** Joins every running run this instance is not working on yet. */
  public void joinRunning() {
    List<UUID> running = runs.running();
    synchronized (this) {
      executions.keySet().retainAll(running);
    }
    running.forEach(this::join);
  }

  private synchronized void join(UUID runId) {
    JobOperator operator = BatchRuntime.getJobOperator();
    Long execution = executions.get(runId);
    if (execution != null
        && ACTIVE.contains(operator.getJobExecution(execution).getBatchStatus())) {
      return;
    }
    Properties parameters = new Properties();
    parameters.setProperty("runId", runId.toString());
    parameters.setProperty("partitions", String.valueOf(Math.max(1, partitions)));
    executions.put(runId, operator.start(JOB, parameters));
  }
}
