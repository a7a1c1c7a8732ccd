package nl.maakmatch.api.security;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.maakmatch.domain.ratelimit.RequestCounts.Count;

/**
 * At most {@code limit} requests per client in any sliding minute, counted by several instances
 * together. The window is estimated from two fixed minutes: the previous minute's requests weigh as
 * much as that minute still lies inside the window. Each instance counts its own requests at once
 * and learns everyone's from a shared store: with every {@link #flush} of its own counts, and on a
 * client's request when what it knows is older than two seconds (a new minute, a client that went
 * quiet here). Other instances' requests of the last moments are not yet seen, so a client spread
 * over N instances may get up to N seconds' worth of requests beyond the limit.
 */
public final class SlidingMinuteLimit {

  private static final long MINUTE_MILLIS = 60_000;

  /** How old what this instance knows of a client's count may be before it asks again. */
  private static final long STALE_MILLIS = 2_000;

  /** What all instances together counted. */
  public interface Shared {
    /** All instances' requests of {@code client} from {@code fromMinute} on, by minute. */
    Map<Long, Integer> hitsOf(String client, long fromMinute);

    /** Adds requests (client, minute, hits) and answers each one's total over all instances. */
    List<Count> add(List<Count> additions);
  }

  private final int limit;
  private final Shared shared;
  private final Map<String, Client> clients = new ConcurrentHashMap<>();

  public SlidingMinuteLimit(int limit, Shared shared) {
    if (limit < 1) {
      throw new IllegalArgumentException("the limit must be at least 1 request a minute");
    }
    this.limit = limit;
    this.shared = shared;
  }

  /**
   * Counts one request of {@code client} at {@code nowMillis} when the limit allows it.
   *
   * @return 0 when allowed, else the whole seconds to wait before the next request is allowed
   */
  public long acquire(String client, long nowMillis) {
    long minute = Math.floorDiv(nowMillis, MINUTE_MILLIS);
    long intoMinute = Math.floorMod(nowMillis, MINUTE_MILLIS);
    Client counts = clients.computeIfAbsent(client, c -> new Client());
    synchronized (counts) {
      counts.moveTo(minute);
      counts.lastSeen = nowMillis;
      if (nowMillis - counts.knownAt > STALE_MILLIS) {
        counts.knownAt = nowMillis;
        shared.hitsOf(client, minute - 1).forEach(counts::learn);
      }
      int previous = counts.previous();
      int current = counts.current();
      double inWindow = previous * (1 - (double) intoMinute / MINUTE_MILLIS) + current;
      if (inWindow + 1 <= limit) {
        counts.pendingCurrent++;
        return 0;
      }
      return secondsUntilAllowed(previous, current, intoMinute);
    }
  }

  /** When the estimate leaves room for one more request again, in whole seconds from now. */
  private long secondsUntilAllowed(int previous, int current, long intoMinute) {
    long waitMillis;
    if (current + 1 > limit) {
      // this minute alone is full: wait into the next, until this one weighs little enough
      double part = 1 - (limit - 1) / (double) current;
      waitMillis = MINUTE_MILLIS - intoMinute + (long) Math.ceil(part * MINUTE_MILLIS);
    } else {
      double part = 1 - (limit - 1 - current) / (double) previous;
      waitMillis = (long) Math.ceil(part * MINUTE_MILLIS) - intoMinute;
    }
    return Math.max(1, (waitMillis + 999) / 1000);
  }

  /**
   * Hands this instance's uncounted requests to the shared store and takes back everyone's totals;
   * forgets clients not seen for two minutes. Called by one thread at a time, about every second.
   * When the store cannot be reached the requests stay pending for the next flush.
   */
  public void flush(long nowMillis) {
    long minute = Math.floorDiv(nowMillis, MINUTE_MILLIS);
    List<Count> additions = new ArrayList<>();
    for (Iterator<Map.Entry<String, Client>> it = clients.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, Client> entry = it.next();
      Client counts = entry.getValue();
      synchronized (counts) {
        counts.moveTo(minute);
        counts.takePending(entry.getKey(), additions);
        if (nowMillis - counts.lastSeen > 2 * MINUTE_MILLIS && !counts.hasPending()) {
          it.remove();
        }
      }
    }
    if (additions.isEmpty()) {
      return;
    }
    List<Count> totals;
    try {
      totals = shared.add(additions);
    } catch (RuntimeException e) {
      additions.forEach(this::giveBack);
      throw e;
    }
    for (Count total : totals) {
      Client counts = clients.get(total.client());
      if (counts != null) {
        synchronized (counts) {
          counts.learn(total.minute(), total.hits());
          counts.knownAt = Math.max(counts.knownAt, nowMillis);
        }
      }
    }
  }

  private void giveBack(Count addition) {
    Client counts = clients.computeIfAbsent(addition.client(), c -> new Client());
    synchronized (counts) {
      counts.giveBack(addition.minute(), addition.hits());
    }
  }

  /** One client as this instance knows it: the current minute and the one before. */
  private static final class Client {
    private long minute = Long.MIN_VALUE;

    /** When the store last told this instance the client's counts (0: not this minute). */
    private long knownAt;

    private long lastSeen;

    /** All instances' requests as the store last told, this instance's flushed ones included. */
    private int knownPrevious;

    private int knownCurrent;

    /** This instance's requests the store has not been told of. */
    private int pendingPrevious;

    private int pendingCurrent;

    int previous() {
      return knownPrevious + pendingPrevious;
    }

    int current() {
      return knownCurrent + pendingCurrent;
    }

    void moveTo(long now) {
      if (now == minute) {
        return;
      }
      if (now == minute + 1) {
        knownPrevious = knownCurrent;
        pendingPrevious = pendingCurrent;
      } else {
        knownPrevious = 0;
        pendingPrevious = 0;
      }
      knownCurrent = 0;
      pendingCurrent = 0;
      minute = now;
      knownAt = 0;
    }

    void learn(long ofMinute, int hits) {
      if (ofMinute == minute) {
        knownCurrent = Math.max(knownCurrent, hits);
      } else if (ofMinute == minute - 1) {
        knownPrevious = Math.max(knownPrevious, hits);
      }
    }

    /** Moves the pending requests into the known ones and lists them as additions. */
    void takePending(String client, List<Count> additions) {
      if (pendingPrevious > 0) {
        additions.add(new Count(client, minute - 1, pendingPrevious));
        knownPrevious += pendingPrevious;
        pendingPrevious = 0;
      }
      if (pendingCurrent > 0) {
        additions.add(new Count(client, minute, pendingCurrent));
        knownCurrent += pendingCurrent;
        pendingCurrent = 0;
      }
    }

    void giveBack(long ofMinute, int hits) {
      if (ofMinute == minute) {
        knownCurrent -= hits;
        pendingCurrent += hits;
      } else if (ofMinute == minute - 1) {
        knownPrevious -= hits;
        pendingPrevious += hits;
      }
    }

    boolean hasPending() {
      return pendingPrevious > 0 || pendingCurrent > 0;
    }
  }
}
