package nl.maakmatch.api.plan;

import java.time.OffsetDateTime;
import java.util.UUID;
import nl.maakmatch.domain.plan.PlanShare;

/** A consent to share a plan with a financier organisation, and its withdrawal if any. */
public record ShareView(
    UUID id,
    UUID planId,
    String organisation,
    boolean active,
    OffsetDateTime consentedAt,
    OffsetDateTime withdrawnAt) {

  public static ShareView of(PlanShare share) {
    return new ShareView(
        share.id(),
        share.planId(),
        share.organisation(),
        share.isActive(),
        share.consentedAt(),
        share.withdrawnAt());
  }
}
