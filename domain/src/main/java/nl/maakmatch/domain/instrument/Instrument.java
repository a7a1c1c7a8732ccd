package nl.maakmatch.domain.instrument;

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
import java.util.Arrays;
import java.util.List;
import nl.maakmatch.domain.StateConflict;

/**
 * A financing instrument of the catalogue (aggregate root). Invariants: {@code currentVersion}
 * names the {@link InstrumentVersion} that holds its present definition, and the name, status,
 * types and confidence here are those of that definition; earlier versions are never changed or
 * removed. Only an available instrument can be closed, and only a closed one reopened.
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
   * A new definition becomes current; returns its version number. The previous definitions stay,
   * unchanged, as earlier versions.
   */
  int revise(CatalogueEntry entry, Clock clock) {
    if (!entry.id().equals(id)) {
      throw new IllegalArgumentException("cannot give " + id + " the definition of " + entry.id());
    }
    apply(entry, clock);
    return currentVersion;
  }

  /**
   * Takes no new applications from now on, for the reason given; returns the new version to store.
   * The definition stays as it was apart from its status.
   *
   * @param current the instrument's current version
   */
  InstrumentVersion close(InstrumentVersion current, String reason, String by, Clock clock) {
    if (status != InstrumentStatus.AVAILABLE) {
      throw new StateConflict(TEXT.get("instrument.closeAvailableOnly", id, status));
    }
    return changeStatus(current, InstrumentStatus.CLOSED, reason, by, "closed: ", clock);
  }

  /**
   * Takes applications again after it was closed, for the reason given; returns the new version to
   * store.
   *
   * @param current the instrument's current version
   */
  InstrumentVersion reopen(InstrumentVersion current, String reason, String by, Clock clock) {
    if (status != InstrumentStatus.CLOSED) {
      throw new StateConflict(TEXT.get("instrument.reopenClosedOnly", id, status));
    }
    return changeStatus(current, InstrumentStatus.AVAILABLE, reason, by, "reopened: ", clock);
  }

  private InstrumentVersion changeStatus(
      InstrumentVersion current,
      InstrumentStatus next,
      String reason,
      String by,
      String notePrefix,
      Clock clock) {
    if (!current.instrumentId().equals(id) || current.version() != currentVersion) {
      throw new IllegalArgumentException(
          "version "
              + current.version()
              + " of "
              + current.instrumentId()
              + " is not the current version of "
              + id);
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a change of status needs a reason");
    }
    CatalogueEntry entry = current.definitionOf().withStatus(next, reason.strip()).read();
    revise(entry, clock);
    return new InstrumentVersion(
        this, entry.definitionJson(), updatedAt, by, notePrefix + reason.strip());
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
