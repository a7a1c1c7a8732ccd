package nl.maakmatch.domain.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.maakmatch.matching.text.MessageRenderer;

/**
 * A notice's title and body in every language MaakMatch speaks, rendered once when it is stored:
 * later changes to the texts do not change what someone was told.
 */
public record NoticeTexts(Map<String, Text> byLanguage) {

  /** The languages notifications are stored in; Dutch first, the fallback for any other. */
  public static final List<Locale> LANGUAGES =
      List.of(MessageRenderer.DUTCH, MessageRenderer.ENGLISH);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, Text>> AS_MAP = new TypeReference<>() {};

  /** A title and body in one language. */
  public record Text(String title, String body) {
    public Text {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(body, "body");
    }
  }

  public NoticeTexts {
    byLanguage = Map.copyOf(byLanguage);
    if (!byLanguage.containsKey(MessageRenderer.DUTCH.getLanguage())) {
      throw new IllegalArgumentException("a notice is stored in Dutch at least");
    }
  }

  public static NoticeTexts of(Notice notice) {
    Map<String, Text> texts = new LinkedHashMap<>();
    for (Locale language : LANGUAGES) {
      MessageRenderer renderer = MessageRenderer.in(language);
      texts.put(
          language.getLanguage(),
          new Text(renderer.render(notice.title()), renderer.render(notice.body())));
    }
    return new NoticeTexts(texts);
  }

  /** The language to tell someone in: theirs if MaakMatch speaks it, else Dutch. */
  public static Locale spoken(Locale wanted) {
    return LANGUAGES.stream()
        .filter(l -> wanted != null && l.getLanguage().equals(wanted.getLanguage()))
        .findFirst()
        .orElse(MessageRenderer.DUTCH);
  }

  /** The texts in the language asked for, or in Dutch when not stored in it. */
  public Text in(Locale language) {
    Text text = byLanguage.get(language.getLanguage());
    return text != null ? text : byLanguage.get(MessageRenderer.DUTCH.getLanguage());
  }

  String toJson() {
    try {
      return JSON.writeValueAsString(new LinkedHashMap<>(byLanguage));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a notice's texts", e);
    }
  }

  static NoticeTexts fromJson(String json) {
    try {
      return new NoticeTexts(JSON.readValue(json, AS_MAP));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored notification's texts are not readable", e);
    }
  }
}
