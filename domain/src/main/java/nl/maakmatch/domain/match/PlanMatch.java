package nl.maakmatch.domain.match;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A match of a stored plan as it was computed: the engine's result, its explanation as it read then
 * in Dutch and English, and the catalogue and instrument versions it used. Never changed
 * afterwards; a new match is a new record.
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

  // null for matches stored before explanations were kept
  @Column(updatable = false, columnDefinition = "jsonb")
  private String explanation;

  protected PlanMatch() {}

  PlanMatch(
      UUID planId,
      OffsetDateTime computedAt,
      String computedBy,
      String catalogueVersion,
      String instrumentVersions,
      String result,
      String explanation) {
    this.id = UUID.randomUUID();
    this.planId = Objects.requireNonNull(planId);
    this.computedAt = Objects.requireNonNull(computedAt);
    this.computedBy = Objects.requireNonNull(computedBy);
    this.catalogueVersion = Objects.requireNonNull(catalogueVersion);
    this.instrumentVersions = Objects.requireNonNull(instrumentVersions);
    this.result = Objects.requireNonNull(result);
    this.explanation = Objects.requireNonNull(explanation);
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

  /** JSON of the full engine result; its texts are message keys with arguments. */
  public String result() {
    return result;
  }

  /**
   * What the match said, in the reader's language (Dutch for one MaakMatch has no texts in); empty
   * for a match stored before explanations were kept.
   */
  public Optional<MatchExplanation> explanationIn(Locale locale) {
    return Optional.ofNullable(explanation).map(json -> StoredExplanation.read(json, locale));
  }
}
