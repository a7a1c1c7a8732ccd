package nl.maakmatch.api.security;

import java.util.Optional;

/**
 * Whose request it is, for counting per client: the connection's address, or, behind the
 * installation's own proxy, the address that proxy saw — the last hop it added to {@code
 * X-Forwarded-For}. Earlier hops are whatever the client sent and are never believed.
 */
public final class ClientAddress {

  private ClientAddress() {}

  /**
   * The client's address.
   *
   * @param behindProxy whether every request comes through the installation's proxy (then the
   *     connection's address is the proxy's, the same for everyone)
   */
  public static String of(
      String remoteAddress, Optional<String> forwardedFor, boolean behindProxy) {
    if (!behindProxy) {
      return remoteAddress;
    }
    return forwardedFor
        .map(header -> header.substring(header.lastIndexOf(',') + 1).strip())
        .filter(hop -> !hop.isEmpty())
        .orElse(remoteAddress);
  }
}
