package nl.maakmatch.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kept copy of the realm's keys changes only when the realm answers with a key set. */
class RealmKeysTest {

  private static final String FIRST =
      "{\"keys\":[{\"kid\":\"first\",\"kty\":\"RSA\",\"n\":\"AQAB\",\"e\":\"AQAB\"}]}";
  private static final String ROTATED =
      "{\"keys\":[{\"kid\":\"second\",\"kty\":\"RSA\",\"n\":\"AQAB\",\"e\":\"AQAB\"}]}";

  @TempDir Path directory;

  private final AtomicInteger status = new AtomicInteger(200);
  private final AtomicReference<String> body = new AtomicReference<>(FIRST);
  private HttpServer realm;

  @AfterEach
  void stop() {
    RealmKeys.forget();
    if (realm != null) {
      realm.stop(0);
    }
  }

  @Test
  void theLastGoodKeysStayWhileTheRealmIsAwayAndAreReplacedWhenItAnswersAgain() throws IOException {
    URI source = startRealm();
    Path file = directory.resolve("realm-keys.json");
    RealmKeys keys = new RealmKeys(source, file);
    assertThat(locationSaid()).isNull();

    assertThat(keys.refresh()).isTrue();
    assertThat(Files.readString(file)).isEqualTo(FIRST);
    assertThat(locationSaid()).isEqualTo(file.toUri().toString());

    status.set(503);
    assertThat(keys.refresh()).isFalse();
    status.set(200);
    body.set("{\"keys\":[]}");
    assertThat(keys.refresh()).isFalse();
    body.set("<html>Keycloak is starting</html>");
    assertThat(keys.refresh()).isFalse();
    realm.stop(0);
    assertThat(keys.refresh()).isFalse();
    assertThat(Files.readString(file)).isEqualTo(FIRST);
    assertThat(locationSaid()).isEqualTo(file.toUri().toString());

    body.set(ROTATED);
    realm = startRealmAt(source.getPort());
    assertThat(keys.refresh()).isTrue();
    assertThat(Files.readString(file)).isEqualTo(ROTATED);
    assertThat(directory.toFile().list()).containsExactly("realm-keys.json");
  }

  private static String locationSaid() {
    return new RealmKeysConfigSource().getValue(RealmKeysConfigSource.LOCATION);
  }

  private URI startRealm() throws IOException {
    realm = startRealmAt(0);
    return URI.create(
        "http://127.0.0.1:" + realm.getAddress().getPort() + "/realms/demo/protocol/certs");
  }

  private HttpServer startRealmAt(int port) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] answer = body.get().getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status.get(), answer.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
          }
        });
    server.start();
    return server;
  }
}
