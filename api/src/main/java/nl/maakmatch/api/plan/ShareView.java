package nl.maakmatch.api.plan;

import java.time.OffsetDateTime;
import java.util.UUID;
import nl.maakmatch.domain.deal.Introduction;
import nl.maakmatch.domain.deal.IntroductionState;

/**
 * An introduction of a plan to a financier organisation seen as the consent to show it: active
 * until the firm withdraws it.
 */
public record ShareView(
    UUID id,
    UUID planId,
    String organisation,
    boolean active,
    OffsetDateTime consentedAt,
    OffsetDateTime withdrawnAt) {

  public static ShareView of(Introduction introduction) {
    boolean withdrawn = introduction.state() == IntroductionState.WITHDRAWN;
    return new ShareView(
        introduction.id(),
        introduction.planId(),
        introduction.organisation(),
        !withdrawn,
        introduction.requestedAt(),
        withdrawn ? introduction.updatedAt() : null);
  }
}
