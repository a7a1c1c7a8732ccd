package nl.maakmatch.domain.instrument;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.stream.StreamSupport;
import nl.maakmatch.matching.catalogue.CatalogueReader;
import nl.maakmatch.matching.catalogue.CatalogueReading;

/**
 * One definition of an instrument in the catalogue-file format, as stored (JSON). The engine's
 * reader decides what it means, so a changed definition is read again before it is stored.
 */
record InstrumentDefinition(String json) {

  private static final ObjectMapper JSON = new ObjectMapper();

  InstrumentDefinition {
    Objects.requireNonNull(json, "json");
  }

  /** The definition as a tree of its own, which the caller may change. */
  JsonNode tree() {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored definition is not JSON", e);
    }
  }

  /** Where the terms are published: the entry's {@code source}, one address or a list. */
  List<String> sources() {
    JsonNode source = tree().path("source");
    if (source.isTextual()) {
      return List.of(source.asText());
    }
    return StreamSupport.stream(source.spliterator(), false)
        .filter(JsonNode::isTextual)
        .map(JsonNode::asText)
        .toList();
  }

  /**
   * The same definition with its status set by hand. The status belongs to the matching terms, so
   * it goes into the entry's own {@code matching} block, which overrides the curated terms; the
   * reason replaces the curated one in both languages, which would otherwise contradict it.
   */
  InstrumentDefinition withStatus(InstrumentStatus status, String reason) {
    ObjectNode definition = (ObjectNode) tree();
    ObjectNode matching =
        definition.get("matching") instanceof ObjectNode own
            ? own
            : definition.putObject("matching");
    matching.put("status", status.name());
    matching.put("statusReason", reason);
    matching.put("statusReasonNl", reason);
    return new InstrumentDefinition(definition.toString());
  }

  /** The definition as the engine reads it, ready to become a version. */
  CatalogueEntry read() {
    CatalogueReading reading =
        CatalogueReader.withShippedTerms().read("{\"instruments\": [" + json + "]}");
    if (reading.catalogue().instruments().isEmpty()) {
      throw new IllegalStateException("the engine cannot read the definition: " + reading.report());
    }
    return ShippedCatalogue.entryOf(reading.catalogue().instruments().get(0));
  }
}
