package nl.maakmatch.matching.text;

import java.util.List;
import java.util.Objects;

/**
 * What to tell a person, not yet in any language: a key into the message bundle of the code that
 * owns it, with typed arguments. {@link MessageRenderer} turns it into a sentence at the boundary,
 * in the caller's language.
 *
 * <p>Arguments may be {@link Money}, {@link Share}, {@link java.time.LocalDate}, an enum (shown by
 * its label, see {@link MessageRenderer}), another {@code Message}, a {@link Listing}, a {@link
 * Number}, a {@link DataText} or a {@link String} shown as it is (names, codes).
 *
 * @param bundle the base name of the resource bundle that holds the pattern
 * @param key the pattern's key in that bundle
 * @param args the values the pattern refers to as {0}, {1}, …
 */
public record Message(String bundle, String key, List<Object> args) {

  public Message {
    Objects.requireNonNull(bundle, "bundle");
    Objects.requireNonNull(key, "key");
    args = List.copyOf(args);
  }

  public static Message of(String bundle, String key, Object... args) {
    return new Message(bundle, key, List.of(args));
  }

  @Override
  public String toString() {
    return key + args;
  }
}
