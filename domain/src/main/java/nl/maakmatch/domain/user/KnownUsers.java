package nl.maakmatch.domain.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.access.Role;
import nl.maakmatch.matching.firm.Province;

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

  /** The financiers known to act for the organisation. */
  public List<String> financiersOf(String organisation) {
    return em.createQuery(
            "SELECT k.subject FROM KnownUser k WHERE k.organisation = :org AND k.roles LIKE"
                + " :role ORDER BY k.subject",
            String.class)
        .setParameter("org", organisation)
        .setParameter("role", "%" + Role.FINANCIER.claim() + "%")
        .getResultList();
  }

  /** The advisers known to work for the ROM of the region. */
  public List<String> advisersIn(Province region) {
    return em.createQuery(
            "SELECT k.subject FROM KnownUser k WHERE k.romRegion = :region AND k.roles LIKE"
                + " :role ORDER BY k.subject",
            String.class)
        .setParameter("region", region)
        .setParameter("role", "%" + Role.ADVISER.claim() + "%")
        .getResultList();
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
