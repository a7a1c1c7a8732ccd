package nl.maakmatch.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

  @Test
  void directlyReachedTheConnectionIsTheClientWhateverTheHeaderClaims() {
    assertThat(ClientAddress.of("203.0.113.7", Optional.of("198.51.100.1"), false))
        .isEqualTo("203.0.113.7");
  }

  @Test
  void behindTheProxyTheClientIsTheHopTheProxyAddedNotOneTheClientWrote() {
    assertThat(ClientAddress.of("172.18.0.5", Optional.of("203.0.113.7"), true))
        .isEqualTo("203.0.113.7");
    // a client that sends its own X-Forwarded-For gets it extended by the proxy, not replaced
    assertThat(ClientAddress.of("172.18.0.5", Optional.of("10.9.9.9, 203.0.113.7"), true))
        .isEqualTo("203.0.113.7");
  }

  @Test
  void behindTheProxyWithoutTheHeaderTheConnectionCounts() {
    assertThat(ClientAddress.of("172.18.0.5", Optional.empty(), true)).isEqualTo("172.18.0.5");
    assertThat(ClientAddress.of("172.18.0.5", Optional.of(" "), true)).isEqualTo("172.18.0.5");
  }
}
