package nl.maakmatch.web.rematch;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every few seconds this instance joins the running re-match runs: to share a run started
 * elsewhere, and to finish one whose instance stopped or crashed (its claimed plans are released
 * with its connections).
 */
@WebListener
public class RematchWorkers implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(RematchWorkers.class.getName());

  private static final long EVERY_SECONDS = 2;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject RematchExecutions executions;

  private ScheduledFuture<?> joining;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    joining =
        scheduler.scheduleWithFixedDelay(
            this::join, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    if (joining != null) {
      joining.cancel(false);
    }
  }

  private void join() {
    try {
      executions.joinRunning();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Joining the running re-match runs failed; trying again", e);
    }
  }
}
