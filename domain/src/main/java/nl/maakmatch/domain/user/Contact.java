package nl.maakmatch.domain.user;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How to reach a user, as their token (claims {@code email} and {@code locale}) or the demo data
 * says: an e-mail address and the language they prefer, each if known. A value that could not be an
 * address or a language is dropped rather than kept half: an address goes into a mail header, so it
 * never holds white space or a line break.
 *
 * @param email an address of at most {@link #EMAIL_LENGTH} characters with one {@code @}
 * @param language a language alone ({@code nl}, {@code en}), without a country
 */
public record Contact(Optional<String> email, Optional<Locale> language) {

  /** Column width (V13): the longest address RFC 3696 allows. */
  public static final int EMAIL_LENGTH = 320;

  /** A token that says neither. */
  public static final Contact UNKNOWN = new Contact(Optional.empty(), Optional.empty());

  private static final Pattern ADDRESS = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

  public Contact {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(language, "language");
    email = email.map(String::strip).filter(Contact::isAddress);
    language =
        language
            .map(Locale::getLanguage)
            .filter(l -> LANGUAGE.matcher(l).matches())
            .map(Locale::forLanguageTag);
  }

  /**
   * From the claims as a token carries them: {@code email} and {@code locale} (a tag such as {@code
   * en} or {@code nl-NL}); either may be absent.
   */
  public static Contact fromClaims(Optional<String> email, Optional<String> locale) {
    return new Contact(
        email,
        locale
            .map(String::strip)
            .filter(tag -> !tag.isEmpty())
            .map(tag -> Locale.forLanguageTag(tag.replace('_', '-'))));
  }

  public static Contact of(String email, Locale language) {
    return new Contact(Optional.ofNullable(email), Optional.ofNullable(language));
  }

  private static boolean isAddress(String value) {
    return value.length() <= EMAIL_LENGTH && ADDRESS.matcher(value).matches();
  }
}
