package nl.maakmatch.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A firm's explicit consent to show one plan to one financier organisation. Withdrawing ends the
 * financier's access at once; the consent stays on record.
 */
@Entity
@Table(name = "plan_share")
public class PlanShare {

  @Id private UUID id;

  @Column(name = "plan_id", nullable = false, updatable = false)
  private UUID planId;

  @Column(nullable = false, updatable = false)
  private String organisation;

  @Column(name = "consented_at", nullable = false, updatable = false)
  private OffsetDateTime consentedAt;

  @Column(name = "consented_by", nullable = false, updatable = false)
  private String consentedBy;

  @Column(name = "withdrawn_at")
  private OffsetDateTime withdrawnAt;

  @Column(name = "withdrawn_by")
  private String withdrawnBy;

  @Version
  @Column(name = "lock_version")
  private long lockVersion;

  protected PlanShare() {}

  static PlanShare consent(UUID planId, String organisation, String by, Clock clock) {
    PlanShare share = new PlanShare();
    share.id = UUID.randomUUID();
    share.planId = Objects.requireNonNull(planId);
    share.organisation = Objects.requireNonNull(organisation);
    share.consentedBy = Objects.requireNonNull(by);
    share.consentedAt = OffsetDateTime.now(clock);
    return share;
  }

  void withdraw(String by, Clock clock) {
    if (withdrawnAt == null) {
      withdrawnAt = OffsetDateTime.now(clock);
      withdrawnBy = by;
    }
  }

  public boolean isActive() {
    return withdrawnAt == null;
  }

  public UUID id() {
    return id;
  }

  public UUID planId() {
    return planId;
  }

  public String organisation() {
    return organisation;
  }

  public OffsetDateTime consentedAt() {
    return consentedAt;
  }

  public String consentedBy() {
    return consentedBy;
  }

  public OffsetDateTime withdrawnAt() {
    return withdrawnAt;
  }
}
