package nl.maakmatch.web.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import nl.maakmatch.domain.notification.MailDelivery;
import nl.maakmatch.domain.notification.MailSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The background worker that sends the outbox's mails: every {@code maakmatch.mail.poll-seconds} (5
 * by default) it has {@link MailDelivery} send what is due, batch after batch while a backlog
 * lasts, on the server's managed scheduler (so the work has the application's context, and one run
 * never overlaps the next). Nothing it meets stops it: a database or mail server that is down is
 * logged as a warning, at most every {@link #WARN_AGAIN_AFTER}, and the next run tries again.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class MailDispatch {

  static final Duration WARN_AGAIN_AFTER = Duration.ofMinutes(15);

  private static final Logger LOG = Logger.getLogger(MailDispatch.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Inject MailDelivery delivery;
  @Inject MailSettings settings;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "maakmatch.mail.poll-seconds", defaultValue = "5")
  int pollSeconds;

  private ScheduledFuture<?> running;
  private volatile Instant warned;

  /** At most this many batches in one run, so a stop never waits long for the worker. */
  private static final int MAX_BATCHES_PER_RUN = 50;

  @PostConstruct
  void start() {
    if (!settings.enabled()) {
      LOG.info("event=mail.off: notifications are kept in the app only (maakmatch.mail.enabled)");
      return;
    }
    int every = Math.max(1, pollSeconds);
    running = scheduler.scheduleWithFixedDelay(this::run, every, every, TimeUnit.SECONDS);
    LOG.info(() -> "event=mail.on every=" + every + "s " + settings);
  }

  @PreDestroy
  void stop() {
    if (running != null) {
      running.cancel(false);
    }
  }

  private void run() {
    try {
      // a backlog (a catalogue change tells every firm it touched) drains batch after batch
      // while every mail of a batch goes out, rather than 20 mails a poll
      int batches = 1;
      while (delivery.deliverDue() == MailDelivery.BATCH && batches < MAX_BATCHES_PER_RUN) {
        batches++;
      }
    } catch (RuntimeException e) {
      // an exception would end the schedule: log it and try again on the next run
      Instant now = clock.instant();
      if (warned == null || !warned.plus(WARN_AGAIN_AFTER).isAfter(now)) {
        warned = now;
        LOG.warning("event=mail.runFailed reason=" + e + " (tried again every run)");
      }
    }
  }
}
