package nl.maakmatch.web.rematch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import nl.maakmatch.domain.rematch.RematchRuns;

/**
 * After an execution ends, completes the run when no plan is left; while another instance still
 * works on some, that instance's execution completes it.
 */
@Named("rematchCompletion")
@Dependent
public class RematchCompletion extends AbstractJobListener {

  @Inject
  @BatchProperty(name = "runId")
  String runId;

  @Inject RematchRuns runs;

  @Override
  public void afterJob() {
    runs.completeIfDone(UUID.fromString(runId));
  }
}
