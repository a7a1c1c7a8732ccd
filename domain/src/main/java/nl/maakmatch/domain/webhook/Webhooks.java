package nl.maakmatch.domain.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Repository of webhooks, by organisation code. Members' changes and the worker's deliveries meet
 * on the webhook's row lock: a member's change waits for a round of deliveries to end, and a worker
 * skips a webhook another node (or a member) holds.
 */
@ApplicationScoped
public class Webhooks {

  @PersistenceContext(unitName = "maakmatch")
  EntityManager em;

  public Optional<Webhook> find(String organisation) {
    return Optional.ofNullable(em.find(Webhook.class, organisation));
  }

  /** The webhook, locked until the transaction ends: for a member's change. */
  public Optional<Webhook> findForUpdate(String organisation) {
    return Optional.ofNullable(
        em.find(Webhook.class, organisation, LockModeType.PESSIMISTIC_WRITE));
  }

  public void add(Webhook webhook) {
    em.persist(webhook);
  }

  /** Writes pending changes now, so a stale version fails inside the action that caused it. */
  public void flush() {
    em.flush();
  }

  /**
   * The organisations whose webhook has events waiting and may be posted to now, the longest
   * waiting first: running webhooks of organisations still active in the register.
   */
  public List<String> due(Instant now, int max) {
    @SuppressWarnings("unchecked")
    List<String> codes =
        em.createNativeQuery(
                "SELECT w.organisation FROM webhook w"
                    + " JOIN organisation o ON o.code = w.organisation"
                    + " WHERE w.active AND o.active AND w.next_attempt_at <= ?1"
                    + " AND EXISTS (SELECT 1 FROM introduction_event e"
                    + " WHERE e.organisation = w.organisation AND e.id > w.delivered_up_to)"
                    + " ORDER BY w.next_attempt_at LIMIT ?2")
            .setParameter(1, utc(now))
            .setParameter(2, max)
            .getResultList();
    return codes;
  }

  /**
   * The webhook, locked until the transaction ends, if it is still due and nobody else holds it
   * (another node delivering, a member changing it): then it is not this worker's turn.
   */
  public Optional<Webhook> lockIfDue(String organisation, Instant now) {
    // the lock by a native query (JPA has no SKIP LOCKED); the entity then by the usual read,
    // which a lock this transaction holds does not block
    List<?> locked =
        em.createNativeQuery(
                "SELECT w.organisation FROM webhook w JOIN organisation o ON o.code = w.organisation"
                    + " WHERE w.organisation = ?1 AND w.active AND o.active"
                    + " AND w.next_attempt_at <= ?2"
                    + " FOR UPDATE OF w SKIP LOCKED")
            .setParameter(1, organisation)
            .setParameter(2, utc(now))
            .getResultList();
    return locked.isEmpty() ? Optional.empty() : find(organisation);
  }

  /**
   * Writes the worker's progress on a webhook it holds locked, leaving its version alone: the
   * version is the members' (see {@link Webhook}).
   */
  public void record(String organisation, DeliveryProgress p) {
    em.createNativeQuery(
            "UPDATE webhook SET delivered_up_to = ?2, next_attempt_at = ?3, attempts = ?4,"
                + " failing_since = CAST(?5 AS timestamptz), last_status = CAST(?6 AS integer),"
                + " last_attempt_at = CAST(?7 AS timestamptz), last_error = CAST(?8 AS varchar),"
                + " last_error_at = CAST(?9 AS timestamptz),"
                + " last_error_event = CAST(?10 AS bigint),"
                + " last_skipped_event = CAST(?11 AS bigint)"
                + " WHERE organisation = ?1")
        .setParameter(1, organisation)
        .setParameter(2, p.deliveredUpTo())
        .setParameter(3, utc(p.nextAttemptAt()))
        .setParameter(4, p.attempts())
        .setParameter(5, utc(p.failingSince()))
        .setParameter(6, p.lastStatus())
        .setParameter(7, utc(p.lastAttemptAt()))
        .setParameter(8, p.lastError())
        .setParameter(9, utc(p.lastErrorAt()))
        .setParameter(10, p.lastErrorEvent())
        .setParameter(11, p.lastSkippedEvent())
        .executeUpdate();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
