package nl.maakmatch.matching.text;

/**
 * An enum constant in words. Its pattern is the key {@code SimpleName.CONSTANT} in the bundle
 * {@code labels} of the enum's own package, so labels live next to the type they name.
 */
public final class Label {

  private Label() {}

  public static Message of(Enum<?> constant) {
    Class<?> type = constant.getDeclaringClass();
    return Message.of(
        type.getPackageName() + ".labels", type.getSimpleName() + "." + constant.name());
  }
}
