package nl.maakmatch.web.webhook;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.maakmatch.domain.webhook.WebhookDelivery;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the webhook worker every two seconds on the server's default managed scheduled executor, on
 * every node: the row locks decide which node delivers to which webhook. A tick that fails (the
 * database is down, a receiver's round throws) is logged and the next tick tries again; one
 * webhook's failure does not hold up the others.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class WebhookScheduler {

  static final long FIRST_TICK_SECONDS = 5;
  static final long TICK_SECONDS = 2;

  private static final Logger LOG = Logger.getLogger(WebhookScheduler.class.getName());

  @Resource ManagedScheduledExecutorService executor;

  @Inject WebhookDelivery delivery;

  /** Off on a node that should not post (e.g. one kept for reports); the log is read anyway. */
  @Inject
  @ConfigProperty(name = "maakmatch.webhooks.enabled", defaultValue = "true")
  boolean enabled;

  private ScheduledFuture<?> ticks;

  @PostConstruct
  void start() {
    if (!enabled) {
      LOG.info("event=webhook.disabled");
      return;
    }
    ticks =
        executor.scheduleWithFixedDelay(
            this::tick, FIRST_TICK_SECONDS, TICK_SECONDS, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (ticks != null) {
      ticks.cancel(false);
    }
  }

  /** One round for every webhook that is due; a scheduled task that throws is never run again. */
  void tick() {
    try {
      for (String organisation : delivery.due()) {
        try {
          delivery.deliverTo(organisation);
        } catch (RuntimeException e) {
          failed("event=webhook.roundFailed organisation=" + organisation, e);
        }
      }
    } catch (RuntimeException e) {
      failed("event=webhook.tickFailed", e);
    }
  }

  /** One line a tick (the database may be down for minutes), the stack trace for those who ask. */
  private static void failed(String event, RuntimeException e) {
    LOG.warning(() -> event + " error=" + e);
    LOG.log(Level.FINE, event, e);
  }
}
