package nl.maakmatch.matching.text;

import java.util.Locale;
import java.util.Objects;

/**
 * A sentence in Dutch and English, so the API can answer in the language the client asks for
 * (Accept-Language) without the engine knowing about HTTP.
 */
public record LocalizedText(String nl, String en) {

  public LocalizedText {
    Objects.requireNonNull(nl, "nl");
    Objects.requireNonNull(en, "en");
    if (nl.isBlank() || en.isBlank()) {
      throw new IllegalArgumentException("both languages need a text");
    }
  }

  /** Dutch for a Dutch locale, English for everything else. */
  public String in(Locale locale) {
    return "nl".equals(locale.getLanguage()) ? nl : en;
  }

  /** Both languages joined with a separator, e.g. for a reasoning that lists several facts. */
  public LocalizedText then(String separator, LocalizedText next) {
    return new LocalizedText(nl + separator + next.nl, en + separator + next.en);
  }

  @Override
  public String toString() {
    return en;
  }
}
