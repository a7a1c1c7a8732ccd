package nl.maakmatch.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import nl.maakmatch.domain.fixtures.Time;
import org.junit.jupiter.api.Test;

class RecentSightingsTest {

  private final AtomicReference<Instant> now = new AtomicReference<>(Time.NOW);
  private final RecentSightings recent = new RecentSightings(movingClock());

  @Test
  void writesASubjectOnceAnHour() {
    assertThat(recent.claim("carla")).isTrue();
    assertThat(recent.claim("carla")).isFalse();
    assertThat(recent.claim("lars")).isTrue();

    now.set(Time.NOW.plus(Duration.ofMinutes(59)));
    assertThat(recent.claim("carla")).isFalse();

    now.set(Time.NOW.plus(RecentSightings.INTERVAL));
    assertThat(recent.claim("carla")).isTrue();
  }

  @Test
  void triesAgainAfterAFailedWrite() {
    assertThat(recent.claim("carla")).isTrue();

    recent.release("carla");

    assertThat(recent.claim("carla")).isTrue();
  }

  @Test
  void writesATokenThatSaysSomethingNewAtOnce() {
    assertThat(recent.claim("carla", "carla@bom.example")).isTrue();
    assertThat(recent.claim("carla", "carla@bom.example")).isFalse();

    assertThat(recent.claim("carla", "carla@liof.example")).isTrue();
    assertThat(recent.claim("carla", "carla@liof.example")).isFalse();
  }

  @Test
  void staysSmallWhenFloodedWithSubjects() {
    for (int i = 0; i < RecentSightings.MAX_SUBJECTS * 3; i++) {
      recent.claim("user-" + i);
    }

    assertThat(recent.claim("user-0")).isTrue();
    assertThat(recent.claim("user-0")).isFalse();
  }

  private Clock movingClock() {
    return new Clock() {
      @Override
      public ZoneOffset getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return now.get();
      }
    };
  }
}
