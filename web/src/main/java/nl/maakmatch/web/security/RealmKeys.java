package nl.maakmatch.web.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;

/**
 * The realm's signing keys (its JWKS) as last fetched, kept in a file that Payara reads instead of
 * asking Keycloak: Payara drops its cached keys every five minutes and refetches, so with Keycloak
 * away every token would be refused, also one issued a minute ago. The file is replaced only by a
 * key set the realm did answer, so while Keycloak is down the last good keys stay and tokens
 * already issued keep working until they expire.
 */
public final class RealmKeys {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  /** The file in use, once a key set was written to it; read by {@link RealmKeysConfigSource}. */
  private static volatile Path mirrored;

  private final URI source;
  private final Path file;
  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  public RealmKeys(URI source, Path file) {
    this.source = source;
    this.file = file;
  }

  /** Where Payara should read the keys: the file, once it holds a key set. */
  static Optional<Path> mirrored() {
    return Optional.ofNullable(mirrored);
  }

  /** Whether a key set is kept. */
  boolean isKept() {
    return mirrored != null;
  }

  /** No file in use any more (the application stops). */
  static void forget() {
    mirrored = null;
  }

  /**
   * Fetches the key set and, when the realm answered with at least one key, replaces the file in
   * one step; otherwise leaves the last good keys. Whether the file now holds this answer.
   */
  public boolean refresh() {
    String keys;
    try {
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(source).timeout(TIMEOUT).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200 || !isKeySet(response.body())) {
        return false;
      }
      keys = response.body();
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    try {
      Path next = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".next");
      Files.writeString(next, keys);
      Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      return false;
    }
    mirrored = file;
    return true;
  }

  static boolean isKeySet(String body) {
    try {
      JsonNode keys = JSON.readTree(body).path("keys");
      return keys.isArray() && !keys.isEmpty();
    } catch (IOException e) {
      return false;
    }
  }
}
