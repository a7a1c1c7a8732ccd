package nl.maakmatch.domain.instrument;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * A financing instrument of the catalogue (aggregate root). Invariant: {@code currentVersion}
 * names the {@link InstrumentVersion} that holds its present definition; earlier versions are
 * never changed or removed.
 */
@Entity
@Table(name = "instrument")
public class Instrument {

  @Id private String id;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String operator;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private InstrumentStatus status;

  @Column(nullable = false)
  private String types;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private InstrumentConfidence confidence;

  @Column(name = "current_version", nullable = false)
  private int currentVersion;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version
  @Column(name = "lock_version")
  private long lockVersion;

  protected Instrument() {}

  /** A new instrument enters the catalogue at version 1. */
  static Instrument define(CatalogueEntry entry, Clock clock) {
    Instrument instrument = new Instrument();
    instrument.id = entry.id();
    instrument.currentVersion = 0;
    instrument.apply(entry, clock);
    return instrument;
  }

  /**
   * A new definition becomes current; returns its version number. The previous definitions
   * stay, unchanged, as earlier versions.
   */
  int revise(CatalogueEntry entry, Clock clock) {
    if (!entry.id().equals(id)) {
      throw new IllegalArgumentException("cannot give " + id + " the definition of " + entry.id());
    }
    apply(entry, clock);
    return currentVersion;
  }

  private void apply(CatalogueEntry entry, Clock clock) {
    name = entry.name();
    operator = entry.operator();
    status = entry.status();
    types = String.join(",", entry.types());
    confidence = entry.confidence();
    currentVersion = currentVersion + 1;
    updatedAt = OffsetDateTime.now(clock);
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String operator() {
    return operator;
  }

  public InstrumentStatus status() {
    return status;
  }

  public List<String> types() {
    return types.isEmpty() ? List.of() : Arrays.asList(types.split(","));
  }

  public InstrumentConfidence confidence() {
    return confidence;
  }

  public int currentVersion() {
    return currentVersion;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public long lockVersion() {
    return lockVersion;
  }
}
