package nl.maakmatch.domain.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import nl.maakmatch.domain.fixtures.Time;

/** A clock that stands still at {@link Time#NOW} until a test moves it on. */
final class MovingClock extends Clock {

  private Instant now = Time.NOW;

  void advance(Duration by) {
    now = now.plus(by);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
