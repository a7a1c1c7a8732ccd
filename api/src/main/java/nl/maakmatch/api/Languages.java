package nl.maakmatch.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The languages MaakMatch answers in: Dutch by default, English when the client prefers it ({@code
 * Accept-Language: en}).
 */
public final class Languages {

  public static final Locale DUTCH = Locale.forLanguageTag("nl");
  public static final Locale ENGLISH = Locale.ENGLISH;
  // a language is spoken when its texts are there: adding one is adding its bundle files
  private static final String PROBE = "/nl/maakmatch/api/problem/titles_%s.properties";
  private static final Map<String, Boolean> SPOKEN = new ConcurrentHashMap<>();

  private Languages() {}

  public static Locale of(HttpHeaders headers) {
    if (headers == null) {
      return DUTCH;
    }
    return first(headers.getAcceptableLanguages());
  }

  /** From a raw {@code Accept-Language} header, e.g. outside JAX-RS. */
  public static Locale of(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return DUTCH;
    }
    try {
      List<Locale> wanted =
          Locale.LanguageRange.parse(acceptLanguage).stream()
              .map(r -> Locale.forLanguageTag(r.getRange()))
              .toList();
      return first(wanted);
    } catch (IllegalArgumentException malformed) {
      return DUTCH;
    }
  }

  private static Locale first(List<Locale> wanted) {
    for (Locale locale : wanted) {
      String language = locale.getLanguage();
      if (DUTCH.getLanguage().equals(language)) {
        return DUTCH;
      }
      if (!language.isEmpty() && isSpoken(language)) {
        return Locale.forLanguageTag(language);
      }
    }
    return DUTCH;
  }

  private static boolean isSpoken(String language) {
    return SPOKEN.computeIfAbsent(
        language,
        l ->
            language.matches("[a-z]{2,3}")
                && Languages.class.getResource(String.format(PROBE, l)) != null);
  }

  public static boolean isEnglish(Locale locale) {
    return ENGLISH.getLanguage().equals(locale.getLanguage());
  }
}
