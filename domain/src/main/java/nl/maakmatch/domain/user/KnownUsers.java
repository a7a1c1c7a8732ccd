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

  /**
   * Adds the user, or takes what their token says now; in a transaction of its own, so that noting
   * a caller never becomes part of (or undoes) what the caller asked for.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void saw(Actor actor, Optional<String> userName, Clock clock) {
    find(actor.subject())
        .ifPresentOrElse(
            user -> user.seenAgain(actor, userName, clock),
            () -> em.persist(KnownUser.seenForTheFirstTime(actor, userName, clock)));
  }
}
