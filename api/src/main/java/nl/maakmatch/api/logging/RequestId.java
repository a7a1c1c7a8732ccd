package nl.maakmatch.api.logging;

/** The id of the request being served on this thread, for log lines and problem bodies. */
public final class RequestId {

  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private RequestId() {}

  public static String current() {
    return CURRENT.get();
  }

  static void set(String id) {
    CURRENT.set(id);
  }

  static void clear() {
    CURRENT.remove();
  }
}
