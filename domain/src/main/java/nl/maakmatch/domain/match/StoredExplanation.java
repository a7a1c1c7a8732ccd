package nl.maakmatch.domain.match;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.maakmatch.matching.MatchResult;
import nl.maakmatch.matching.text.MessageRenderer;

/**
 * A match's explanation in every language MaakMatch speaks, as JSON beside the stored match:
 * language code → {@link MatchExplanation}.
 */
final class StoredExplanation {

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final Locale[] LANGUAGES = {MessageRenderer.DUTCH, MessageRenderer.ENGLISH};

  private StoredExplanation() {}

  static String of(MatchResult result) {
    Map<String, MatchExplanation> byLanguage = new LinkedHashMap<>();
    for (Locale language : LANGUAGES) {
      byLanguage.put(language.getLanguage(), MatchExplanation.of(result, language));
    }
    try {
      return JSON.writeValueAsString(byLanguage);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot store a match explanation", e);
    }
  }

  /** The explanation in the reader's language; Dutch for a language MaakMatch has no texts in. */
  static MatchExplanation read(String json, Locale locale) {
    try {
      JsonNode byLanguage = JSON.readTree(json);
      JsonNode chosen =
          Optional.ofNullable(byLanguage.get(locale.getLanguage()))
              .orElseGet(() -> byLanguage.get(MessageRenderer.DUTCH.getLanguage()));
      return JSON.treeToValue(chosen, MatchExplanation.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored match explanation is not JSON", e);
    }
  }
}
