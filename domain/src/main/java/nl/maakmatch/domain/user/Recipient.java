package nl.maakmatch.domain.user;

import java.util.Locale;
import java.util.Objects;

/**
 * A known user that mail can reach: their address and the language to write to them in (Dutch
 * unless they said otherwise).
 */
public record Recipient(String subject, String email, Locale language) {

  public static final Locale DUTCH = Locale.forLanguageTag("nl");

  public Recipient {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(email, "email");
    language = language == null ? DUTCH : language;
  }
}
