package nl.maakmatch.web.security;

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
import nl.maakmatch.api.security.SharedRateLimit;

/**
 * Shares this instance's rate-limit counts with the other instances every second: often enough that
 * a client spread over several instances gets little beyond its limit, rarely enough that a preview
 * never waits on the database for it.
 */
@WebListener
public class RequestCountSharing implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(RequestCountSharing.class.getName());

  private static final long EVERY_MILLIS = 1000;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject SharedRateLimit limit;

  private ScheduledFuture<?> sharing;
  private long lastWarned;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    sharing =
        scheduler.scheduleWithFixedDelay(
            this::share, EVERY_MILLIS, EVERY_MILLIS, TimeUnit.MILLISECONDS);
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    if (sharing != null) {
      sharing.cancel(false);
    }
  }

  private void share() {
    try {
      limit.flush();
    } catch (RuntimeException e) {
      // the database is away: the counts stay here until it is back; one warning a minute
      long now = System.currentTimeMillis();
      if (now - lastWarned > 60_000) {
        lastWarned = now;
        LOG.log(Level.WARNING, "Rate-limit counts could not be shared; trying every second", e);
      }
    }
  }
}
