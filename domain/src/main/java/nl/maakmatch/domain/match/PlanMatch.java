package nl.maakmatch.domain.match;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A match of a stored plan as it was computed: the result in both languages and the catalogue and
 * instrument versions it used. Never changed afterwards; a new match is a new record.
 */
@Entity
@Table(name = "plan_match")
public class PlanMatch {

  @Id private UUID id;

  @Column(name = "plan_id", nullable = false, updatable = false)
  private UUID planId;

  @Column(name = "computed_at", nullable = false, updatable = false)
  private OffsetDateTime computedAt;

  @Column(name = "computed_by", nullable = false, updatable = false)
  private String computedBy;

  @Column(name = "catalogue_version", nullable = false, updatable = false)
  private String catalogueVersion;

  @Column(
      name = "instrument_versions",
      nullable = false,
      updatable = false,
      columnDefinition = "jsonb")
  private String instrumentVersions;

  @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
  private String result;

  protected PlanMatch() {}

  PlanMatch(
      UUID planId,
      OffsetDateTime computedAt,
      String computedBy,
      String catalogueVersion,
      String instrumentVersions,
      String result) {
    this.id = UUID.randomUUID();
    this.planId = Objects.requireNonNull(planId);
    this.computedAt = Objects.requireNonNull(computedAt);
    this.computedBy = Objects.requireNonNull(computedBy);
    this.catalogueVersion = Objects.requireNonNull(catalogueVersion);
    this.instrumentVersions = Objects.requireNonNull(instrumentVersions);
    this.result = Objects.requireNonNull(result);
  }

  public UUID id() {
    return id;
  }

  public UUID planId() {
    return planId;
  }

  public OffsetDateTime computedAt() {
    return computedAt;
  }

  public String computedBy() {
    return computedBy;
  }

  public String catalogueVersion() {
    return catalogueVersion;
  }

  /** JSON object: instrument id → the catalogue version of it that the match used. */
  public String instrumentVersions() {
    return instrumentVersions;
  }

  /** JSON of the full engine result, every text in Dutch and English. */
  public String result() {
    return result;
  }
}
