package nl.maakmatch.domain.plan;

/**
 * Where a plan is in its life: DRAFT → SUBMITTED → MATCHED → SHARED (with financiers) → FUNDED or
 * CLOSED; WITHDRAWN by the firm from any open state.
 */
public enum PlanStatus {
  DRAFT,
  SUBMITTED,
  MATCHED,
  SHARED,
  FUNDED,
  CLOSED,
  WITHDRAWN;

  /** Open plans can still change; ended ones are kept as they were. */
  public boolean isOpen() {
    return this == DRAFT || this == SUBMITTED || this == MATCHED || this == SHARED;
  }
}
