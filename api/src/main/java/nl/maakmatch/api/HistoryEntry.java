package nl.maakmatch.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import nl.maakmatch.domain.history.RecordEvent;

/** One event of a record's history with the state it left the record in. */
public record HistoryEntry(
    long version, String event, String actor, OffsetDateTime occurredAt, JsonNode state) {

  public static HistoryEntry of(RecordEvent event) {
    try {
      return new HistoryEntry(
          event.aggregateVersion(),
          event.eventType(),
          event.actor(),
          event.occurredAt(),
          JsonMapping.mapper().readTree(event.snapshot()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored snapshot is not JSON", e);
    }
  }
}
