package nl.maakmatch.api.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.maakmatch.domain.ratelimit.RequestCounts;
import nl.maakmatch.domain.ratelimit.RequestCounts.Count;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The preview's limit per client address, counted across every instance on the database. The
 * address is kept only as a hash. While the database is away each instance goes on counting by
 * itself and hands its counts over once it is back.
 */
@ApplicationScoped
public class SharedRateLimit {

  private static final Logger LOG = Logger.getLogger(SharedRateLimit.class.getName());

  @Inject
  @ConfigProperty(name = "maakmatch.preview.requests-per-minute", defaultValue = "30")
  int requestsPerMinute;

  @Inject RequestCounts counts;

  private SlidingMinuteLimit limit;
  private long lastForgotten;

  @PostConstruct
  void start() {
    limit = new SlidingMinuteLimit(requestsPerMinute, new Store());
  }

  /**
   * Counts one request of the client at {@code address} now.
   *
   * @return 0 when allowed, else the whole seconds to wait
   */
  public long acquire(String address) {
    return limit.acquire(hash(address), System.currentTimeMillis());
  }

  /** Shares this instance's counts and learns the others'; about every second, one caller. */
  public synchronized void flush() {
    long now = System.currentTimeMillis();
    limit.flush(now);
    long minute = now / 60_000;
    if (minute > lastForgotten) {
      counts.forgetBefore(minute - 1);
      lastForgotten = minute;
    }
  }

  private static String hash(String address) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(address.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private final class Store implements SlidingMinuteLimit.Shared {
    @Override
    public Map<Long, Integer> hitsOf(String client, long fromMinute) {
      try {
        return counts.hitsOf(client, fromMinute);
      } catch (RequestCounts.Unavailable e) {
        // the limit goes on with this instance's own counts rather than refuse or fail
        LOG.log(Level.FINE, "Shared request counts unavailable", e);
        return Map.of();
      }
    }

    @Override
    public List<Count> add(List<Count> additions) {
      return counts.add(additions);
    }
  }
}
