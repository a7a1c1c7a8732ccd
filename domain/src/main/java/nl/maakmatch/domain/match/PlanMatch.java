package nl.maakmatch.domain.match;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
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
      columnDefinition = "json")
  private String instrumentVersions;

  @Column(nullable = false, updatable = false, columnDefinition = "json")
  private String result;

  // null for matches stored before explanations were kept
  @Column(updatable = false, columnDefinition = "json")
  private String explanation;

  // null for matches stored before digests were kept
  @Column(updatable = false, columnDefinition = "char(64)")
  private String digest;

  protected PlanMatch() {}

  PlanMatch(
      UUID planId,
      OffsetDateTime computedAt,
      String computedBy,
      String catalogueVersion,
      String instrumentVersions,
      String result,
      String explanation,
      String digest) {
    this.id = UUID.randomUUID();
    this.planId = Objects.requireNonNull(planId);
    this.computedAt = Objects.requireNonNull(computedAt);
    this.computedBy = Objects.requireNonNull(computedBy);
    this.catalogueVersion = Objects.requireNonNull(catalogueVersion);
    this.instrumentVersions = Objects.requireNonNull(instrumentVersions);
    this.result = Objects.requireNonNull(result);
    this.explanation = Objects.requireNonNull(explanation);
    this.digest = Objects.requireNonNull(digest);
  }

  /**
   * What identifies a result: equal for two matches that used the same catalogue and instrument
   * versions and computed the same result (the result names the day it was computed for).
   */
  static String digestOf(String catalogueVersion, String instrumentVersions, String result) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String part : List.of(catalogueVersion, instrumentVersions, result)) {
        sha.update(part.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
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
