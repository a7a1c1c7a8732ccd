package nl.maakmatch.domain.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** The Idempotency-Keys under which plans were created, per firm. */
@ApplicationScoped
public class DraftKeys {

  @PersistenceContext(unitName = "maakmatch")
  EntityManager em;

  /** The plan created under this key for the firm, with the digest of the request that did. */
  public Optional<Kept> find(UUID firmId, String key) {
    return em.createNativeQuery(
            "SELECT plan_id, request_digest FROM plan_draft_key"
                + " WHERE firm_id = ? AND idempotency_key = ?")
        .setParameter(1, firmId)
        .setParameter(2, key)
        .getResultStream()
        .findFirst()
        .map(DraftKeys::kept);
  }

  private static Kept kept(Object result) {
    Object[] row = (Object[]) result;
    return new Kept((UUID) row[0], ((String) row[1]).strip());
  }

  /**
   * Keeps the key with the plan in the caller's transaction: a concurrent request under the same
   * key fails on the primary key at commit instead of creating a second plan.
   */
  public void keep(UUID firmId, String key, String requestDigest, UUID planId, OffsetDateTime at) {
    em.createNativeQuery(
            "INSERT INTO plan_draft_key"
                + " (firm_id, idempotency_key, request_digest, plan_id, created_at)"
                + " VALUES (?, ?, ?, ?, ?)")
        .setParameter(1, firmId)
        .setParameter(2, key)
        .setParameter(3, requestDigest)
        .setParameter(4, planId)
        .setParameter(5, at)
        .executeUpdate();
  }

  public record Kept(UUID planId, String requestDigest) {}
}
