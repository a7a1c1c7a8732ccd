package nl.maakmatch.domain.plan;

import java.util.Set;
import java.util.UUID;

/** Which financier organisations the firm shows a plan to: those it introduced the plan to. */
public interface PlanAudience {

  /** The codes of the organisations that may read the plan with the firm's consent. */
  Set<String> organisationsShownThePlan(UUID planId);
}
