package nl.maakmatch.domain.privacy;

import static nl.maakmatch.domain.DomainMessages.TEXT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import nl.maakmatch.domain.access.Access;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.access.Role;
import nl.maakmatch.domain.privacy.PlanRetention.Expired;

/**
 * Applies the retention period to every plan that is due, a transaction per batch of plans: daily
 * on its own, or now on an administrator's request.
 */
@ApplicationScoped
public class RetentionSweep {

  /** Batches of plans per run: {@code PLANS_AT_ONCE} × this many plans at most. */
  static final int MAX_ROUNDS = 200;

  @Inject PlanRetention retention;

  /** Every due plan's introductions and documents, erased; what was erased. */
  public Report sweep() {
    List<Expired> expired = new ArrayList<>();
    // bounded, so one run cannot go on for ever; the next run takes what is left
    for (int round = 0; round < MAX_ROUNDS; round++) {
      List<Expired> batch = retention.sweepOnce();
      if (batch.isEmpty()) {
        break;
      }
      expired.addAll(batch);
    }
    return new Report(retention.years(), expired);
  }

  /** An administrator applies the retention period now rather than waiting for the daily run. */
  public Report runNow(Actor actor) {
    Access.onlyFor(actor, Role.ADMIN, TEXT.get("retention.adminOnly")).require();
    return sweep();
  }

  /** The retention period applied, and each plan whose records it erased. */
  public record Report(int years, List<Expired> plans) {}
}
