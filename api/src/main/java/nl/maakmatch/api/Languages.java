package nl.maakmatch.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/**
 * The languages MaakMatch answers in: Dutch by default, English when the client prefers it
 * ({@code Accept-Language: en}).
 */
public final class Languages {

  public static final Locale DUTCH = Locale.forLanguageTag("nl");
  public static final Locale ENGLISH = Locale.ENGLISH;

  private Languages() {}

  public static Locale of(HttpHeaders headers) {
    if (headers == null) {
      return DUTCH;
    }
    for (Locale wanted : headers.getAcceptableLanguages()) {
      String language = wanted.getLanguage();
      if ("nl".equals(language)) {
        return DUTCH;
      }
      if ("en".equals(language)) {
        return ENGLISH;
      }
    }
    return DUTCH;
  }

  public static boolean isEnglish(Locale locale) {
    return ENGLISH.getLanguage().equals(locale.getLanguage());
  }
}
