package nl.maakmatch.domain.rematch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.maakmatch.matching.eligibility.Verdict;

/**
 * What a firm needs to hear about a plan matched again: instruments that now fit, instruments that
 * no longer do, and whether the proposed stack changed (another instrument or another amount).
 *
 * @param gained instruments eligible now and not before: id to the name a firm knows it by
 * @param lost instruments eligible before and not now: id to name
 */
public record ResultChange(
    Map<String, String> gained, Map<String, String> lost, boolean stackChanged) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public ResultChange {
    gained = Collections.unmodifiableMap(new LinkedHashMap<>(gained));
    lost = Collections.unmodifiableMap(new LinkedHashMap<>(lost));
  }

  /** Whether the firm has something to hear. */
  public boolean any() {
    return !gained.isEmpty() || !lost.isEmpty() || stackChanged;
  }

  /**
   * The change from a kept result to a new one, both as stored (the JSON of a match result).
   *
   * @throws IllegalArgumentException when a result cannot be read
   */
  public static ResultChange between(String keptJson, String newJson) {
    JsonNode kept = read(keptJson);
    JsonNode now = read(newJson);
    Map<String, String> before = eligibleIn(kept);
    Map<String, String> after = eligibleIn(now);
    Map<String, String> gained = new LinkedHashMap<>(after);
    gained.keySet().removeAll(before.keySet());
    Map<String, String> lost = new LinkedHashMap<>(before);
    lost.keySet().removeAll(after.keySet());
    return new ResultChange(gained, lost, !stackOf(kept).equals(stackOf(now)));
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("a match result is not JSON", e);
    }
  }

  private static Map<String, String> eligibleIn(JsonNode result) {
    Map<String, String> eligible = new LinkedHashMap<>();
    for (JsonNode instrument : result.path("instruments")) {
      if (Verdict.ELIGIBLE.name().equals(instrument.path("verdict").asText())) {
        String id = instrument.path("id").asText();
        eligible.put(
            id,
            nameOf(
                id,
                instrument.path("name").asText(null),
                instrument.path("shortName").asText(null)));
      }
    }
    return eligible;
  }

  /** Each instrument of the stack with the amount it funds. */
  private static Map<String, Long> stackOf(JsonNode result) {
    Map<String, Long> parts = new LinkedHashMap<>();
    for (JsonNode part : result.path("stack").path("parts")) {
      parts.merge(part.path("instrumentId").asText(), part.path("fundsEur").asLong(), Long::sum);
    }
    return parts;
  }

  /** The short name a firm knows an instrument by (BMKB), else its full name, else its id. */
  private static String nameOf(String id, String name, String shortName) {
    if (shortName != null && !shortName.isBlank()) {
      return shortName;
    }
    return name != null && !name.isBlank() ? name : id;
  }
}
