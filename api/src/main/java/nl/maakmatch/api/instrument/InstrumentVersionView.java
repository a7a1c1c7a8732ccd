package nl.maakmatch.api.instrument;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import nl.maakmatch.api.JsonMapping;
import nl.maakmatch.domain.instrument.InstrumentVersion;

/**
 * One definition an instrument had: who recorded it, when and why (the edit's note or the reason it
 * was closed or reopened), and the definition itself, to compare with the others.
 */
public record InstrumentVersionView(
    int version,
    OffsetDateTime recordedAt,
    String recordedBy,
    String changeNote,
    String status,
    JsonNode definition) {

  public static InstrumentVersionView of(InstrumentVersion version) {
    try {
      JsonNode definition = JsonMapping.mapper().readTree(version.definition());
      return new InstrumentVersionView(
          version.version(),
          version.recordedAt(),
          version.recordedBy(),
          version.changeNote(),
          definition.path("status").asText(null),
          definition);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "stored definition of " + version.instrumentId() + " is not JSON", e);
    }
  }
}
