package nl.maakmatch.domain.user;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.maakmatch.domain.access.Actor;

/**
 * The directory of known users: who called MaakMatch with a verified token, with the roles, region
 * and organisation it gave them, and how to reach them. Filled as callers are seen; read where a
 * user id that someone typed must name a real person (the adviser an administrator assigns), and
 * where someone is to be told of something by mail.
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
    seen(actor, userName, Contact.UNKNOWN);
  }

  /**
   * An authenticated caller was seen, with the address and language their token gives; written at
   * most once per {@link RecentSightings#INTERVAL} per subject by this JVM unless the token says
   * something new (a changed address is taken on the next request). If the write fails, the next
   * request tries again.
   */
  public void seen(Actor actor, Optional<String> userName, Contact contact) {
    if (!recent.claim(actor.subject(), List.of(actor, userName, contact))) {
      return;
    }
    try {
      users.saw(actor, userName, contact, clock);
    } catch (RuntimeException e) {
      recent.release(actor.subject());
      throw e;
    }
  }

  /** A user the directory has not seen yet is added as if they had called (demo users). */
  public void introduce(Actor actor, Optional<String> userName) {
    if (users.find(actor.subject()).isEmpty()) {
      users.saw(actor, userName, Contact.UNKNOWN, clock);
    }
  }

  /**
   * A user the directory has not seen yet is added as if they had called, reachable as {@code
   * contact} says; a known user without an address or language gets those (demo users, who must get
   * mail before they first sign in).
   */
  public void introduce(Actor actor, Optional<String> userName, Contact contact) {
    Optional<KnownUser> known = users.find(actor.subject());
    boolean lacksContact =
        known
            .map(
                u ->
                    u.contact().email().isEmpty() && contact.email().isPresent()
                        || u.contact().language().isEmpty() && contact.language().isPresent())
            .orElse(true);
    if (lacksContact) {
      users.introduce(actor, userName, contact, clock);
    }
  }

  /**
   * Users whose rows an erasure removed: their next call writes them again instead of being taken
   * for recently seen (on this JVM; another instance rewrites them within the interval).
   */
  public void forgotten(Collection<String> subjects) {
    subjects.forEach(recent::release);
  }

  public Optional<KnownUser> find(String subject) {
    return users.find(subject);
  }

  /** Where mail for the user goes: known, and with an address. */
  public Optional<Recipient> recipient(String subject) {
    return users.recipient(subject);
  }
}
