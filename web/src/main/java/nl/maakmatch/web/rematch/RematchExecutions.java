package nl.maakmatch.web.rematch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import nl.maakmatch.domain.rematch.RematchRuns;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This instance's executions of the {@code rematch} batch job: one per running run at most. Every
 * instance joins each running run every few seconds ({@link #joinRunning}), which shares the work
 * and takes over a run whose instance went down.
 */
@ApplicationScoped
public class RematchExecutions {

  static final String JOB = "rematch";

  /**
   * How long a new run waits before it starts: for more changes to join it, and for every
   * instance's catalogue cache to have seen the change (each checks once a second).
   */
  private static final Duration QUIET = Duration.ofSeconds(2);

  private static final Set<BatchStatus> ACTIVE =
      EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

  @Inject RematchRuns runs;

  /** Plans matched at once by one instance: one partition (thread) each. */
  @Inject
  @ConfigProperty(name = "maakmatch.rematch.partitions", defaultValue = "2")
  int partitions;

  private final Map<UUID, Long> executions = new HashMap<>();

  /** Joins every running run this instance is not working on yet, once it is due. */
  public void joinRunning() {
    List<UUID> running = runs.due(QUIET);
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
