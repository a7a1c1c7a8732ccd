package nl.maakmatch.web.privacy;

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
import nl.maakmatch.domain.privacy.RetentionSweep;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Applies the retention period a few minutes after start and then every day (configurable), so
 * introductions and documents of long-ended plans go without anyone having to remember it.
 */
@WebListener
public class RetentionSweeper implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(RetentionSweeper.class.getName());

  private static final long FIRST_AFTER_MINUTES = 5;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject RetentionSweep retention;

  @Inject
  @ConfigProperty(name = "maakmatch.retention.sweep-hours", defaultValue = "24")
  long everyHours;

  private ScheduledFuture<?> sweeping;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    sweeping =
        scheduler.scheduleWithFixedDelay(
            this::sweep,
            FIRST_AFTER_MINUTES,
            TimeUnit.HOURS.toMinutes(everyHours),
            TimeUnit.MINUTES);
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    if (sweeping != null) {
      sweeping.cancel(false);
    }
  }

  private void sweep() {
    try {
      RetentionSweep.Report report = retention.sweep();
      if (!report.plans().isEmpty()) {
        LOG.info(
            () ->
                "Retention: introductions and documents of "
                    + report.plans().size()
                    + " plans ended more than "
                    + report.years()
                    + " years ago were erased");
      }
    } catch (RuntimeException e) {
      // a database that is away for a moment: the next round tries again
      LOG.log(Level.WARNING, "Applying the retention period failed; trying again next round", e);
    }
  }
}
