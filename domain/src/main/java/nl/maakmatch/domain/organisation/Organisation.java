package nl.maakmatch.domain.organisation;

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

/**
 * An organisation users act for (aggregate root). Invariant: its code never changes, so the shares
 * and audit entries that name it stay meaningful; it is deactivated, never deleted.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

  /** The promise a financier starts with, and the bounds of any promise (V11). */
  public static final int DEFAULT_RESPONSE_DAYS = 5;

  public static final int MAX_RESPONSE_DAYS = 60;

  @Id private String code;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OrganisationKind kind;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "response_days", nullable = false)
  private int responseDays = DEFAULT_RESPONSE_DAYS;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version
  @Column(name = "lock_version")
  private long lockVersion;

  protected Organisation() {}

  static Organisation register(
      String code, String name, OrganisationKind kind, String by, Clock clock) {
    Organisation organisation = new Organisation();
    organisation.code = Objects.requireNonNull(code);
    organisation.createdBy = Objects.requireNonNull(by);
    organisation.createdAt = OffsetDateTime.now(clock);
    organisation.change(name, kind, true, clock);
    return organisation;
  }

  void change(String name, OrganisationKind kind, boolean active, Clock clock) {
    this.name = Objects.requireNonNull(name);
    this.kind = Objects.requireNonNull(kind);
    this.active = active;
    this.updatedAt = OffsetDateTime.now(clock);
  }

  /** The organisation promises to answer a new introduction within so many working days. */
  void promise(int workingDays, Clock clock) {
    if (workingDays < 1 || workingDays > MAX_RESPONSE_DAYS) {
      throw new IllegalArgumentException(
          "a promise is 1 to " + MAX_RESPONSE_DAYS + " working days");
    }
    this.responseDays = workingDays;
    this.updatedAt = OffsetDateTime.now(clock);
  }

  /** The working days within which it promises to answer (Dutch public holidays excluded). */
  public int responseDays() {
    return responseDays;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public OrganisationKind kind() {
    return kind;
  }

  public boolean active() {
    return active;
  }

  /** A bank or investor still in the register: a firm may share a plan with it. */
  public boolean isActiveFinancier() {
    return active && kind.finances();
  }

  public long version() {
    return lockVersion;
  }
}
