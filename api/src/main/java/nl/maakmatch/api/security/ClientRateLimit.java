package nl.maakmatch.api.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client: {@code capacity} requests at once, refilled evenly over {@code
 * period}. Thread-safe; forgets idle clients so the map cannot grow without bound.
 */
public final class ClientRateLimit {

  private static final int MAX_CLIENTS = 50_000;

  private final int capacity;
  private final long nanosPerToken;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  public ClientRateLimit(int capacity, Duration period) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1");
    }
    this.capacity = capacity;
    this.nanosPerToken = period.toNanos() / capacity;
  }

  /**
   * Takes one request's token for {@code client} at time {@code nowNanos}.
   *
   * @return 0 when allowed, else the whole seconds to wait before the next request is allowed
   */
  public long acquire(String client, long nowNanos) {
    if (buckets.size() > MAX_CLIENTS) {
      buckets.entrySet().removeIf(e -> e.getValue().isFull(nowNanos));
    }
    Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(nowNanos));
    synchronized (bucket) {
      bucket.refill(nowNanos);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      long waitNanos = (long) ((1 - bucket.tokens) * nanosPerToken);
      return Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
    }
  }

  private final class Bucket {
    private double tokens = capacity;
    private long updated;

    private Bucket(long now) {
      this.updated = now;
    }

    private void refill(long now) {
      if (now > updated) {
        tokens = Math.min(capacity, tokens + (double) (now - updated) / nanosPerToken);
        updated = now;
      }
    }

    private synchronized boolean isFull(long now) {
      refill(now);
      return tokens >= capacity;
    }
  }
}
