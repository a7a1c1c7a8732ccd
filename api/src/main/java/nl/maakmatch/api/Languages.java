package nl.maakmatch.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;

/**
 * The languages MaakMatch answers in: Dutch by default, English when the client prefers it ({@code
 * Accept-Language: en}).
 */
public final class Languages {

  public static final Locale DUTCH = Locale.forLanguageTag("nl");
  public static final Locale ENGLISH = Locale.ENGLISH;
  private static final List<Locale> SPOKEN = List.of(DUTCH, ENGLISH);

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
      for (Locale spoken : SPOKEN) {
        if (spoken.getLanguage().equals(locale.getLanguage())) {
          return spoken;
        }
      }
    }
    return DUTCH;
  }

  public static boolean isEnglish(Locale locale) {
    return ENGLISH.getLanguage().equals(locale.getLanguage());
  }
}
