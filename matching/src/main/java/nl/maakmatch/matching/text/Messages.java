package nl.maakmatch.matching.text;

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
}
