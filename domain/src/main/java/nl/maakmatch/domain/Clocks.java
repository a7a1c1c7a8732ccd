package nl.maakmatch.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Time comes from one injected clock, so tests and replays can fix the date. */
@ApplicationScoped
public class Clocks {

  // dependent scope: java.time.Clock cannot be proxied
  @Produces
  Clock clock() {
    return Clock.systemUTC();
  }
}
