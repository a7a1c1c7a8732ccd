package nl.maakmatch.domain.firm;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** A user who acts for a firm: the one who registered it, or one invited by a member. */
@Entity
@Table(name = "firm_member")
@IdClass(FirmMember.Key.class)
public class FirmMember {

  @Id
  @Column(name = "firm_id")
  private UUID firmId;

  @Id private String subject;

  @Column(name = "invited_by")
  private String invitedBy;

  @Column(name = "joined_at", nullable = false)
  private OffsetDateTime joinedAt;

  protected FirmMember() {}

  FirmMember(UUID firmId, String subject, String invitedBy, OffsetDateTime joinedAt) {
    this.firmId = Objects.requireNonNull(firmId);
    this.subject = Objects.requireNonNull(subject);
    this.invitedBy = invitedBy;
    this.joinedAt = Objects.requireNonNull(joinedAt);
  }

  public UUID firmId() {
    return firmId;
  }

  public String subject() {
    return subject;
  }

  public String invitedBy() {
    return invitedBy;
  }

  public OffsetDateTime joinedAt() {
    return joinedAt;
  }

  /** Composite key: firm and user. */
  public static class Key implements Serializable {
    private UUID firmId;
    private String subject;

    public Key() {}

    public Key(UUID firmId, String subject) {
      this.firmId = firmId;
      this.subject = subject;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.firmId.equals(firmId) && k.subject.equals(subject);
    }

    @Override
    public int hashCode() {
      return Objects.hash(firmId, subject);
    }
  }
}
