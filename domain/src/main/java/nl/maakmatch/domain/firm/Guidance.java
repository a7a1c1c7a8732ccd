package nl.maakmatch.domain.firm;

import static nl.maakmatch.domain.DomainMessages.TEXT;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import nl.maakmatch.domain.BusinessRuleViolation;
import nl.maakmatch.domain.StateConflict;
import nl.maakmatch.domain.access.Role;
import nl.maakmatch.domain.user.KnownUser;
import nl.maakmatch.matching.firm.Province;

/**
 * A firm's request for guidance by the ROM of its region. While active, the ROM's advisers of that
 * region read the firm's data and, if the firm granted it, edit its plans. One per firm; asking
 * again after it ended starts it anew. An adviser assigned by name is always a known adviser of the
 * guidance's region.
 */
@Entity
@Table(name = "guidance")
public class Guidance {

  @Id
  @Column(name = "firm_id")
  private UUID firmId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Province region;

  @Column(name = "edit_granted", nullable = false)
  private boolean editGranted;

  @Column(name = "assigned_adviser")
  private String assignedAdviser;

  @Column(name = "requested_at", nullable = false)
  private OffsetDateTime requestedAt;

  @Column(name = "requested_by", nullable = false)
  private String requestedBy;

  @Column(name = "ended_at")
  private OffsetDateTime endedAt;

  @Version
  @Column(name = "lock_version")
  private long lockVersion;

  protected Guidance() {}

  static Guidance request(Firm firm, boolean editGranted, String by, Clock clock) {
    Guidance guidance = new Guidance();
    guidance.firmId = firm.id();
    guidance.start(firm.province(), editGranted, by, clock);
    return guidance;
  }

  void start(Province region, boolean editGranted, String by, Clock clock) {
    this.region = Objects.requireNonNull(region);
    this.editGranted = editGranted;
    this.requestedBy = Objects.requireNonNull(by);
    this.requestedAt = OffsetDateTime.now(clock);
    this.endedAt = null;
    this.assignedAdviser = null;
  }

  /** The firm ends the guidance: its advisers no longer see the firm. */
  void end(Clock clock) {
    if (!isActive()) {
      throw new StateConflict(TEXT.get("firm.noActiveGuidance"));
    }
    endedAt = OffsetDateTime.now(clock);
  }

  /**
   * An administrator hands the active guidance to an adviser by their user id. Only a user the
   * directory knows as an adviser of the ROM of the guidance's region qualifies; anyone else, and
   * any id that names no known user, is refused and the guidance stays as it was.
   *
   * @param directory the known users by subject
   */
  void assign(String adviser, Function<String, Optional<KnownUser>> directory) {
    if (!isActive()) {
      throw new StateConflict(TEXT.get("firm.noGuidanceRequested"));
    }
    KnownUser known =
        directory
            .apply(Objects.requireNonNull(adviser))
            .filter(user -> user.roles().contains(Role.ADVISER))
            // the id is not repeated: it is the caller's input, and may be anything
            .orElseThrow(
                () ->
                    new BusinessRuleViolation(
                        "unknown-adviser", TEXT.get("firm.unknownAdviser", region.name())));
    if (!known.isAdviserIn(region)) {
      throw new BusinessRuleViolation(
          "adviser-of-another-region", TEXT.get("firm.adviserOfAnotherRegion", region.name()));
    }
    this.assignedAdviser = known.subject();
  }

  public boolean isActive() {
    return endedAt == null;
  }

  /** The terms the access policy decides by, while the guidance is active. */
  public Optional<FirmAccess.GuidanceTerms> terms() {
    return isActive()
        ? Optional.of(
            new FirmAccess.GuidanceTerms(region, Optional.ofNullable(assignedAdviser), editGranted))
        : Optional.empty();
  }

  public UUID firmId() {
    return firmId;
  }

  public Province region() {
    return region;
  }

  public boolean editGranted() {
    return editGranted;
  }

  public String assignedAdviser() {
    return assignedAdviser;
  }

  public OffsetDateTime requestedAt() {
    return requestedAt;
  }

  public OffsetDateTime endedAt() {
    return endedAt;
  }
}
