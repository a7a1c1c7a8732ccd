package nl.maakmatch.domain.instrument;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** One definition an instrument had; immutable once recorded. */
@Entity
@Table(name = "instrument_version")
@IdClass(InstrumentVersion.Key.class)
public class InstrumentVersion {

  @Id
  @Column(name = "instrument_id")
  private String instrumentId;

  @Id private int version;

  /** The whole definition in the catalogue-file format, as JSON. */
  @Column(nullable = false, columnDefinition = "jsonb")
  private String definition;

  @Column(name = "recorded_at", nullable = false)
  private OffsetDateTime recordedAt;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "change_note", nullable = false)
  private String changeNote;

  protected InstrumentVersion() {}

  InstrumentVersion(
      Instrument instrument,
      String definition,
      OffsetDateTime recordedAt,
      String recordedBy,
      String changeNote) {
    this.instrumentId = instrument.id();
    this.version = instrument.currentVersion();
    this.definition = definition;
    this.recordedAt = recordedAt;
    this.recordedBy = recordedBy;
    this.changeNote = changeNote;
  }

  public String instrumentId() {
    return instrumentId;
  }

  public int version() {
    return version;
  }

  public String definition() {
    return definition;
  }

  InstrumentDefinition definitionOf() {
    return new InstrumentDefinition(definition);
  }

  public OffsetDateTime recordedAt() {
    return recordedAt;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public String changeNote() {
    return changeNote;
  }

  /** Composite key: instrument id and version number. */
  public static class Key implements Serializable {
    private String instrumentId;
    private int version;

    public Key() {}

    public Key(String instrumentId, int version) {
      this.instrumentId = instrumentId;
      this.version = version;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.instrumentId.equals(instrumentId) && k.version == version;
    }

    @Override
    public int hashCode() {
      return instrumentId.hashCode() * 31 + version;
    }
  }
}
