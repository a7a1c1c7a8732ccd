package nl.maakmatch.matching.text;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The messages of one bundle: {@code private static final Messages TEXT =
 * Messages.in("nl.maakmatch.matching.eligibility.messages")} next to the code that says them.
 */
public record Messages(String bundle) {

  public static Messages in(String bundle) {
    return new Messages(bundle);
  }

  public Message get(String key, Object... args) {
    return Message.of(bundle, key, args);
  }

  /**
   * The keys the bundle has a text for. For a bundle keyed by data (sector names by SBI prefix),
   * read once so the code can fall back for a key it has no text for.
   */
  public Set<String> keys() {
    return Set.copyOf(
        ResourceBundle.getBundle(
                bundle,
                Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES))
            .keySet());
  }
}
