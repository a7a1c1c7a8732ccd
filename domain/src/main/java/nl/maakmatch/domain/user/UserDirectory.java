package nl.maakmatch.domain.user;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import nl.maakmatch.domain.access.Actor;

/**
 * The directory of known users: who called MaakMatch with a verified token, with the roles, region
 * and organisation it gave them. Filled as callers are seen; read where a user id that someone
 * typed must name a real person (the adviser an administrator assigns).
 */
@ApplicationScoped
public class UserDirectory {

  @Inject KnownUsers users;
  @Inject Clock clock;

  private RecentSightings recent;

  @PostConstruct
  void init() {
    recent = new RecentSightings(clock);
  }

  /**
   * An authenticated caller was seen; written at most once per {@link RecentSightings#INTERVAL} per
   * subject by this JVM. If the write fails, the next request tries again.
   */
  public void seen(Actor actor, Optional<String> userName) {
    if (!recent.claim(actor.subject())) {
      return;
    }
    try {
      users.saw(actor, userName, clock);
    } catch (RuntimeException e) {
      recent.release(actor.subject());
      throw e;
    }
  }

  /** A user the directory has not seen yet is added as if they had called (demo users). */
  public void introduce(Actor actor, Optional<String> userName) {
    if (users.find(actor.subject()).isEmpty()) {
      users.saw(actor, userName, clock);
    }
  }

  public Optional<KnownUser> find(String subject) {
    return users.find(subject);
  }
}
