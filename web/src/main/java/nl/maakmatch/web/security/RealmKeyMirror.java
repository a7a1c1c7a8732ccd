package nl.maakmatch.web.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Keeps a copy of the realm's signing keys ({@link RealmKeys}) from before the first request on,
 * refreshed every minute (configurable), when the token check is configured to fetch them from an
 * http(s) location — the realm's key endpoint.
 */
@WebListener
public class RealmKeyMirror implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(RealmKeyMirror.class.getName());

  private static final long RETRY_SECONDS = 5;

  @Resource ManagedScheduledExecutorService scheduler;

  private ScheduledFuture<?> refreshing;
  private Path file;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    Config config = ConfigProvider.getConfig();
    boolean keep =
        config.getOptionalValue("maakmatch.oidc.keep-keys", Boolean.class).orElse(Boolean.TRUE);
    Optional<URI> source = configuredLocation(config);
    if (!keep || source.isEmpty()) {
      return;
    }
    long everySeconds =
        config.getOptionalValue("maakmatch.oidc.keys-refresh-seconds", Long.class).orElse(60L);
    try {
      file = Files.createTempFile("maakmatch-realm-keys-", ".json");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the realm's signing keys", e);
    }
    RealmKeys keys = new RealmKeys(source.get(), file);
    if (!keys.refresh()) {
      LOG.warning(
          () ->
              "The realm's signing keys could not be fetched from "
                  + source.get()
                  + "; tokens are checked against it directly until it answers");
    }
    // a realm that did not answer is asked again every few seconds, one that did every minute
    AtomicLong lastFetched = new AtomicLong(keys.isKept() ? System.nanoTime() : Long.MIN_VALUE);
    long everyNanos = TimeUnit.SECONDS.toNanos(everySeconds);
    refreshing =
        scheduler.scheduleWithFixedDelay(
            () -> {
              long now = System.nanoTime();
              if (lastFetched.get() != Long.MIN_VALUE && now - lastFetched.get() < everyNanos) {
                return;
              }
              if (keys.refresh()) {
                lastFetched.set(now);
              }
            },
            RETRY_SECONDS,
            RETRY_SECONDS,
            TimeUnit.SECONDS);
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    if (refreshing != null) {
      refreshing.cancel(false);
    }
    RealmKeys.forget();
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // a stale copy of public keys in the temp directory harms no one
      }
    }
  }

  /** The location as configured, without this application's own override of it. */
  static Optional<URI> configuredLocation(Config config) {
    for (ConfigSource source : config.getConfigSources()) {
      if (source instanceof RealmKeysConfigSource) {
        continue;
      }
      String value = source.getValue(RealmKeysConfigSource.LOCATION);
      if (value != null) {
        String location = value.strip();
        return location.startsWith("http://") || location.startsWith("https://")
            ? Optional.of(URI.create(location))
            : Optional.empty();
      }
    }
    return Optional.empty();
  }
}
