package nl.maakmatch.domain.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import nl.maakmatch.domain.access.Actor;

/** Repository of the users MaakMatch has seen, by their subject. */
@ApplicationScoped
public class KnownUsers {

  @PersistenceContext(unitName = "maakmatch")
  EntityManager em;

  public Optional<KnownUser> find(String subject) {
    if (subject == null || subject.isEmpty() || subject.length() > KnownUser.SUBJECT_LENGTH) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(KnownUser.class, subject));
  }

  /** Where mail for the user goes: known, and with an address. */
  public Optional<Recipient> recipient(String subject) {
    return find(subject).flatMap(KnownUser::recipient);
  }

  /**
   * Adds the user, or takes what their token says now; in a transaction of its own, so that noting
   * a caller never becomes part of (or undoes) what the caller asked for.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void saw(Actor actor, Optional<String> userName, Contact contact, Clock clock) {
    find(actor.subject())
        .ifPresentOrElse(
            user -> user.seenAgain(actor, userName, contact, clock),
            () -> em.persist(KnownUser.seenForTheFirstTime(actor, userName, contact, clock)));
  }

  /**
   * Adds a user who has not called yet as if they had (demo users), or gives a known one the
   * address and language they lack; in a transaction of its own, like {@link #saw}.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void introduce(Actor actor, Optional<String> userName, Contact contact, Clock clock) {
    find(actor.subject())
        .ifPresentOrElse(
            user -> user.reachableAt(contact),
            () -> em.persist(KnownUser.seenForTheFirstTime(actor, userName, contact, clock)));
  }
}
