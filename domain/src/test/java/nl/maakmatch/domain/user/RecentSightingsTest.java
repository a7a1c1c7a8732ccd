package nl.maakmatch.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.maakmatch.domain.fixtures.MovingClock;
import org.junit.jupiter.api.Test;

class RecentSightingsTest {

  private final MovingClock clock = new MovingClock();
  private final RecentSightings recent = new RecentSightings(clock);

  @Test
  void writesASubjectOnceAnHour() {
    assertThat(recent.claim("carla")).isTrue();
    assertThat(recent.claim("carla")).isFalse();
    assertThat(recent.claim("lars")).isTrue();

    clock.advance(Duration.ofMinutes(59));
    assertThat(recent.claim("carla")).isFalse();

    clock.advance(RecentSightings.INTERVAL.minusMinutes(59));
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
}
