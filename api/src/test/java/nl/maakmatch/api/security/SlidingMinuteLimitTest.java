package nl.maakmatch.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.maakmatch.domain.ratelimit.RequestCounts.Count;
import org.junit.jupiter.api.Test;

class SlidingMinuteLimitTest {

  private static final long MINUTE = 60_000;

  /** Some minute's start, far from the epoch. */
  private static final long T0 = 29_000_000L * MINUTE;

  /** The table every instance shares, in memory. */
  private static final class Store implements SlidingMinuteLimit.Shared {
    final Map<String, Integer> hits = new HashMap<>();
    boolean away;

    @Override
    public Map<Long, Integer> hitsOf(String client, long fromMinute) {
      Map<Long, Integer> found = new HashMap<>();
      hits.forEach(
          (key, count) -> {
            String[] parts = key.split("@");
            long minute = Long.parseLong(parts[1]);
            if (parts[0].equals(client) && minute >= fromMinute) {
              found.put(minute, count);
            }
          });
      return found;
    }

    @Override
    public List<Count> add(List<Count> additions) {
      if (away) {
        throw new IllegalStateException("database away");
      }
      List<Count> totals = new ArrayList<>();
      for (Count addition : additions) {
        int total =
            hits.merge(addition.client() + "@" + addition.minute(), addition.hits(), Integer::sum);
        totals.add(new Count(addition.client(), addition.minute(), total));
      }
      return totals;
    }

    int total(String client) {
      return hits.entrySet().stream()
          .filter(e -> e.getKey().startsWith(client + "@"))
          .mapToInt(Map.Entry::getValue)
          .sum();
    }
  }

  private final Store store = new Store();

  private static int allowed(SlidingMinuteLimit limit, String client, long at, int attempts) {
    int allowed = 0;
    for (int i = 0; i < attempts; i++) {
      if (limit.acquire(client, at) == 0) {
        allowed++;
      }
    }
    return allowed;
  }

  @Test
  void allowsTheLimitInAMinuteThenAsksToWait() {
    SlidingMinuteLimit limit = new SlidingMinuteLimit(30, store);

    assertThat(allowed(limit, "a", T0 + 5_000, 30)).isEqualTo(30);
    long retryAfter = limit.acquire("a", T0 + 5_000);

    assertThat(retryAfter).isPositive();
    assertThat(allowed(limit, "b", T0 + 5_000, 1)).as("another client").isEqualTo(1);
  }

  @Test
  void theRetryAfterIsTheFirstSecondAtWhichARequestIsAllowedAgain() {
    SlidingMinuteLimit limit = new SlidingMinuteLimit(30, store);
    allowed(limit, "a", T0 + 10_000, 30);

    long retryAfter = limit.acquire("a", T0 + 10_000);

    assertThat(limit.acquire("a", T0 + 10_000 + (retryAfter - 1) * 1000)).isPositive();
    assertThat(limit.acquire("a", T0 + 10_000 + retryAfter * 1000)).isZero();
  }

  @Test
  void thePreviousMinuteWeighsAsMuchAsItStillLiesInTheWindow() {
    SlidingMinuteLimit limit = new SlidingMinuteLimit(30, store);
    allowed(limit, "a", T0 + 59_000, 30);

    assertThat(allowed(limit, "a", T0 + MINUTE + 1_000, 30))
        .as("just after the minute turned")
        .isZero();
    assertThat(allowed(limit, "a", T0 + MINUTE + 30_000, 30))
        .as("half the previous minute is outside the window")
        .isEqualTo(15);
  }

  @Test
  void twoInstancesCountAClientTogether() {
    SlidingMinuteLimit first = new SlidingMinuteLimit(30, store);
    SlidingMinuteLimit second = new SlidingMinuteLimit(30, store);

    assertThat(allowed(first, "a", T0 + 1_000, 20)).isEqualTo(20);
    first.flush(T0 + 1_500);

    assertThat(allowed(second, "a", T0 + 2_000, 30))
        .as("the second learns the first's count on the client's first request")
        .isEqualTo(10);
    second.flush(T0 + 2_500);
    assertThat(allowed(first, "a", T0 + 4_000, 30))
        .as("and the first the second's once what it knew is older than two seconds")
        .isZero();
    assertThat(store.total("a")).isEqualTo(30);
  }

  @Test
  void countsMadeWhileTheStoreIsAwayAreSharedOnceItIsBack() {
    SlidingMinuteLimit first = new SlidingMinuteLimit(30, store);
    allowed(first, "a", T0 + 1_000, 12);
    store.away = true;

    assertThatThrownBy(() -> first.flush(T0 + 1_500)).isInstanceOf(IllegalStateException.class);
    assertThat(allowed(first, "a", T0 + 2_000, 30))
        .as("the instance goes on counting by itself")
        .isEqualTo(18);
    store.away = false;
    first.flush(T0 + 2_500);

    assertThat(store.total("a")).isEqualTo(30);
    assertThat(allowed(new SlidingMinuteLimit(30, store), "a", T0 + 3_000, 5)).isZero();
  }

  @Test
  void forgetsClientsItHasNotSeenForTwoMinutesButNotTheirUnsharedCounts() {
    SlidingMinuteLimit limit = new SlidingMinuteLimit(30, store);
    allowed(limit, "a", T0 + 1_000, 30);
    store.away = true;
    assertThatThrownBy(() -> limit.flush(T0 + 1_500)).isInstanceOf(IllegalStateException.class);
    store.away = false;

    limit.flush(T0 + 3 * MINUTE);

    assertThat(store.total("a")).as("a minute this old no longer counts").isZero();
    assertThat(allowed(limit, "a", T0 + 3 * MINUTE + 1_000, 30)).isEqualTo(30);
  }

  @Test
  void refusesALimitBelowOne() {
    assertThatThrownBy(() -> new SlidingMinuteLimit(0, store))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
