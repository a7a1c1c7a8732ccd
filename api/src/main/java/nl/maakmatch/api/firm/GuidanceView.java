package nl.maakmatch.api.firm;

import java.time.OffsetDateTime;
import java.util.UUID;
import nl.maakmatch.domain.firm.Guidance;

/** A firm's guidance by its regional ROM. */
public record GuidanceView(
    UUID firmId,
    String region,
    boolean editGranted,
    boolean active,
    OffsetDateTime requestedAt,
    OffsetDateTime endedAt) {

  public static GuidanceView of(Guidance guidance) {
    return new GuidanceView(
        guidance.firmId(),
        guidance.region().name(),
        guidance.editGranted(),
        guidance.isActive(),
        guidance.requestedAt(),
        guidance.endedAt());
  }
}
