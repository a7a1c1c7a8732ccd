package nl.maakmatch.web.deal;

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
import nl.maakmatch.domain.deal.DealService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Once a minute (configurable): offers past their validity date expire, and introductions not
 * answered within the promise are noticed as overdue, so the parties are told without anyone having
 * to open them.
 */
@WebListener
public class DealSweeper implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(DealSweeper.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject DealService deals;

  @Inject
  @ConfigProperty(name = "maakmatch.deals.sweep-seconds", defaultValue = "60")
  long everySeconds;

  private ScheduledFuture<?> sweeping;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    sweeping =
        scheduler.scheduleWithFixedDelay(this::sweep, everySeconds, everySeconds, TimeUnit.SECONDS);
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    if (sweeping != null) {
      sweeping.cancel(false);
    }
  }

  private void sweep() {
    try {
      deals.sweep();
    } catch (RuntimeException e) {
      // a database that is away for a moment: the next round tries again
      LOG.log(Level.WARNING, "Sweeping introductions failed; trying again next round", e);
    }
  }
}
