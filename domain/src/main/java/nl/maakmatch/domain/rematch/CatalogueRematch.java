package nl.maakmatch.domain.rematch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.event.CatalogueEvent;

/**
 * Every committed catalogue change (an instrument defined, revised, closed or reopened, one by one
 * or by an import) has every open plan matched again. Changes made together, as by an import, join
 * one run while it has not matched a plan yet.
 */
@ApplicationScoped
public class CatalogueRematch {

  @Inject RematchRuns runs;
  @Inject Instance<Actor> caller;

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogueEvent event) {
    runs.request(requester(), event.type() + " " + event.instrument());
  }

  /** The administrator who made the change, when it came through a request. */
  private String requester() {
    try {
      return caller.get().subject();
    } catch (RuntimeException e) {
      // no request behind the change (an inactive request context) or no caller in it
      return "maakmatch";
    }
  }
}
