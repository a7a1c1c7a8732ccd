package nl.maakmatch.api.deal;

import java.util.Locale;
import nl.maakmatch.matching.text.Label;
import nl.maakmatch.matching.text.MessageRenderer;

/** A category as its code, for systems, and its label in the caller's language, for people. */
public record Coded(String code, String label) {

  static Coded of(Enum<?> constant, Locale locale) {
    return constant == null
        ? null
        : new Coded(constant.name(), MessageRenderer.in(locale).render(Label.of(constant)));
  }
}
