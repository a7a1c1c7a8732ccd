package nl.maakmatch.domain.rematch;

import static nl.maakmatch.domain.DomainMessages.TEXT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import nl.maakmatch.domain.access.Access;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.access.Role;

/**
 * The re-match runs and the plans each one still has to match. The table rows are the job's state:
 * whatever executes the work (on this instance or another, now or after a crash) claims the plans
 * still pending, so the work is shared and survives its workers.
 */
@ApplicationScoped
public class RematchRuns {

  /** The plans a run re-matches: put forward by their firm and not yet ended or financed. */
  private static final String OPEN_PLANS =
      "SELECT id FROM investment_plan WHERE status IN ('SUBMITTED', 'MATCHED', 'SHARED')";

  private static final String PROGRESS =
      "SELECT r.id, r.status, r.reason, r.requested_by, r.requested_at, r.finished_at, r.total,"
          + " (SELECT count(*) FROM rematch_item i WHERE i.run_id = r.id AND i.done_at IS NOT NULL),"
          + " (SELECT count(*) FROM rematch_item i WHERE i.run_id = r.id AND i.changed),"
          + " (SELECT count(*) FROM rematch_item i WHERE i.run_id = r.id"
          + " AND i.done_at IS NOT NULL AND i.changed IS NULL),"
          + " (SELECT count(DISTINCT i.done_by) FROM rematch_item i WHERE i.run_id = r.id)"
          + " FROM rematch_run r";

  @PersistenceContext(unitName = "maakmatch")
  EntityManager em;

  @Inject Clock clock;

  /** Serialises requests for a run with workers beginning one, across instances. */
  private static final String RUNS_LOCK = "SELECT pg_advisory_xact_lock(hashtext('rematch_run'))";

  /**
   * Asks for every open plan to be matched again against the catalogue as it is now. A run that no
   * worker has begun already will, and takes the reason on; any other running run is superseded by
   * a new one, since plans it matched before the change need matching again.
   *
   * @return the run that will do it
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public UUID request(String requestedBy, String reason) {
    return newRun(requestedBy, reason);
  }

  /** An administrator's request for a re-match, e.g. after the engine itself changed. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public UUID request(Actor actor, String reason) {
    adminOnly(actor);
    return newRun(actor.subject(), reason);
  }

  private UUID newRun(String requestedBy, String reason) {
    // one request at a time, across instances: two changes at once must not both start a run
    em.createNativeQuery(RUNS_LOCK).getSingleResult();
    String shortReason = reason.length() > 200 ? reason.substring(0, 200) : reason;
    Optional<UUID> untouched =
        uuids(
                "SELECT id FROM rematch_run WHERE status = 'RUNNING' AND started_at IS NULL"
                    + " ORDER BY requested_at DESC LIMIT 1")
            .findFirst();
    if (untouched.isPresent()) {
      em.createNativeQuery(
              "UPDATE rematch_run SET reason = left(reason || '; ' || ?1, 500) WHERE id = ?2")
          .setParameter(1, shortReason)
          .setParameter(2, untouched.get())
          .executeUpdate();
      return untouched.get();
    }
    OffsetDateTime now = now();
    em.createNativeQuery(
            "UPDATE rematch_run SET status = 'SUPERSEDED', finished_at = ?1"
                + " WHERE status = 'RUNNING'")
        .setParameter(1, now)
        .executeUpdate();
    UUID id = UUID.randomUUID();
    em.createNativeQuery(
            "INSERT INTO rematch_run (id, reason, requested_by, requested_at, status, total)"
                + " VALUES (?1, ?2, ?3, ?4, 'RUNNING', 0)")
        .setParameter(1, id)
        .setParameter(2, shortReason)
        .setParameter(3, requestedBy)
        .setParameter(4, now)
        .executeUpdate();
    int total =
        em.createNativeQuery(
                "INSERT INTO rematch_item (run_id, plan_id) SELECT ?1, id FROM ("
                    + OPEN_PLANS
                    + ") open")
            .setParameter(1, id)
            .executeUpdate();
    em.createNativeQuery(
            total == 0
                ? "UPDATE rematch_run SET total = ?1, status = 'COMPLETED', finished_at = ?2"
                    + " WHERE id = ?3"
                : "UPDATE rematch_run SET total = ?1, requested_at = ?2 WHERE id = ?3")
        .setParameter(1, total)
        .setParameter(2, now)
        .setParameter(3, id)
        .executeUpdate();
    return id;
  }

  /**
   * Marks the run begun, before a worker claims any of its plans. It takes the lock requests take:
   * a change requested before it joins the run, whose plans are then all matched against the
   * changed catalogue; one requested after it starts a new run.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void begin(UUID runId) {
    em.createNativeQuery(RUNS_LOCK).getSingleResult();
    em.createNativeQuery(
            "UPDATE rematch_run SET started_at = ?1 WHERE id = ?2 AND started_at IS NULL")
        .setParameter(1, now())
        .setParameter(2, runId)
        .executeUpdate();
  }

  /**
   * Up to {@code count} of the run's plans that no one has matched or is matching, locked until the
   * caller's transaction ends; none when the run no longer runs.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<UUID> claim(UUID runId, int count) {
    return uuids(
            "SELECT i.plan_id FROM rematch_item i JOIN rematch_run r ON r.id = i.run_id"
                + " WHERE i.run_id = ?1 AND i.done_at IS NULL AND r.status = 'RUNNING'"
                + " ORDER BY i.plan_id LIMIT ?2 FOR UPDATE OF i SKIP LOCKED",
            runId,
            count)
        .toList();
  }

  /**
   * Marks a plan of the run matched by this instance, in the transaction that stored its match.
   *
   * @param changed whether the firm was told of a change; null when matching the plan failed
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void done(UUID runId, UUID planId, Boolean changed) {
    OffsetDateTime now = now();
    em.createNativeQuery(
            "UPDATE rematch_item SET done_at = ?1, changed = ?2, done_by = ?3"
                + " WHERE run_id = ?4 AND plan_id = ?5")
        .setParameter(1, now)
        .setParameter(2, changed)
        .setParameter(3, ThisInstance.name())
        .setParameter(4, runId)
        .setParameter(5, planId)
        .executeUpdate();
  }

  /** Completes the run when none of its plans is left; harmless when another worker did. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean completeIfDone(UUID runId) {
    return em.createNativeQuery(
                "UPDATE rematch_run SET status = 'COMPLETED', finished_at = ?1"
                    + " WHERE id = ?2 AND status = 'RUNNING' AND NOT EXISTS"
                    + " (SELECT 1 FROM rematch_item WHERE run_id = ?2 AND done_at IS NULL)")
            .setParameter(1, now())
            .setParameter(2, runId)
            .executeUpdate()
        == 1;
  }

  /**
   * The running runs requested at least {@code quiet} ago, oldest first. Waiting a moment lets
   * changes made in a burst (an administrator's edits, an import) join one run before it starts.
   */
  @Transactional
  public List<UUID> due(Duration quiet) {
    return uuids(
            "SELECT id FROM rematch_run WHERE status = 'RUNNING' AND requested_at <= ?1"
                + " ORDER BY requested_at",
            now().minus(quiet))
        .toList();
  }

  /** A run's progress, for an administrator. */
  @Transactional
  public Optional<RematchProgress> progress(Actor actor, UUID runId) {
    adminOnly(actor);
    return progressRows(PROGRESS + " WHERE r.id = ?1", runId).findFirst();
  }

  /** The newest runs, newest first, for an administrator. */
  @Transactional
  public List<RematchProgress> recent(Actor actor, int count) {
    adminOnly(actor);
    return progressRows(PROGRESS + " ORDER BY r.requested_at DESC LIMIT ?1", count).toList();
  }

  /** Runs touch every firm's plans: only an administrator follows or starts them. */
  private static void adminOnly(Actor actor) {
    Access.onlyFor(actor, Role.ADMIN, TEXT.get("rematch.adminOnly")).require();
  }

  private Stream<RematchProgress> progressRows(String sql, Object parameter) {
    List<?> rows = em.createNativeQuery(sql).setParameter(1, parameter).getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            row ->
                new RematchProgress(
                    (UUID) row[0],
                    RematchStatus.valueOf((String) row[1]),
                    (String) row[2],
                    (String) row[3],
                    offset(row[4]),
                    offset(row[5]),
                    ((Number) row[6]).intValue(),
                    ((Number) row[7]).intValue(),
                    ((Number) row[8]).intValue(),
                    ((Number) row[9]).intValue(),
                    ((Number) row[10]).intValue()));
  }

  private Stream<UUID> uuids(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    List<?> rows = query.getResultList();
    return rows.stream().map(UUID.class::cast);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
  }

  private static OffsetDateTime offset(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof OffsetDateTime offset) {
      return offset;
    }
    return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
  }
}
