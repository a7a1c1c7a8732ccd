package nl.maakmatch.domain.rematch;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The name of the running instance, as work shared between instances records it: the host (a
 * container's own) and the process, since two instances may share a host.
 */
public final class ThisInstance {

  private static final String NAME = host() + "/" + ProcessHandle.current().pid();

  private ThisInstance() {}

  public static String name() {
    return NAME;
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown-host";
    }
  }
}
