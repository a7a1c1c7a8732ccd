package nl.maakmatch.web.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import nl.maakmatch.keycloak.KeycloakSettings;
import nl.maakmatch.keycloak.LocalKeycloak;
import nl.maakmatch.keycloak.OidcIssuer;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives the integration tests a real Keycloak with the demo realm: a fresh one per test run on port
 * 8181, or the issuer named by {@code MAAKMATCH_TEST_OIDC_ISSUER} (whose realm must have the demo
 * users and the {@code maakmatch-test} client). Hands the token settings to Payara through {@code
 * payara.cmdOptions}, next to {@link TestDatabase}'s.
 *
 * <p>Keycloak boots in the background (30-60 s) while PostgreSQL and Payara start: the ports are
 * known in advance, and Payara fetches the signing keys only when the first token arrives. Every
 * method that needs Keycloak waits for it, and fails with Keycloak's own reason if it did not
 * start.
 */
public class TestKeycloak implements LauncherSessionListener {

  /** The demo realm's client that allows the password grant. */
  public static final String TEST_CLIENT = "maakmatch-test";

  /** Like {@link #TEST_CLIENT}, but its tokens are for the audience {@code other-api}. */
  public static final String NO_AUDIENCE_CLIENT = "maakmatch-test-other-audience";

  /** Like {@link #TEST_CLIENT}, but its access tokens expire after {@link #SHORT_LIVED_SECONDS}. */
  public static final String SHORT_LIVED_CLIENT = "maakmatch-test-short-lived";

  /** The lifespan of {@link #SHORT_LIVED_CLIENT}'s tokens, set in the demo realm file. */
  public static final int SHORT_LIVED_SECONDS = 10;

  private static final String OTHER_REALM = "maakmatch-other";

  /** The demo realm's public client of the browser portal. */
  private static final String PORTAL_CLIENT = "maakmatch-portal";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> portalOrigins = new HashSet<>();

  private static OidcIssuer issuer;
  private static LocalKeycloak keycloak;
  private static CompletableFuture<Void> booting;
  private static boolean otherRealmCreated;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (!Boolean.getBoolean("maakmatch.embeddedDb") || issuer != null) {
      return;
    }
    String external = System.getenv("MAAKMATCH_TEST_OIDC_ISSUER");
    if (external != null && !external.isBlank()) {
      issuer = OidcIssuer.of(external);
      booting = CompletableFuture.completedFuture(null);
    } else {
      keycloak = new LocalKeycloak(KeycloakSettings.tests(KeycloakSettings.demoRealmFile()));
      issuer = keycloak.issuer();
      LocalKeycloak starting = keycloak;
      booting = new CompletableFuture<>();
      Thread background =
          new Thread(
              () -> {
                try {
                  starting.start();
                  booting.complete(null);
                } catch (RuntimeException | Error e) {
                  booting.completeExceptionally(e);
                }
              },
              "test-keycloak");
      background.setDaemon(true);
      background.start();
    }
    String options =
        issuer.microProfileJwtProperties().entrySet().stream()
            .map(property -> "-D" + property.getKey() + "=" + property.getValue())
            .collect(Collectors.joining(" "));
    // TestDatabase adds its own options; the listeners run in no guaranteed order
    String previous = System.getProperty("payara.cmdOptions", "");
    System.setProperty("payara.cmdOptions", (previous + " " + options).strip());
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (keycloak != null) {
      keycloak.close();
      keycloak = null;
    }
  }

  /** The issuer the deployed application trusts. */
  static OidcIssuer issuer() {
    if (issuer == null) {
      throw new IllegalStateException("No test Keycloak: integration tests run with failsafe");
    }
    return issuer;
  }

  /**
   * A fresh access token for a demo user ({@code anna}, {@code carla}, {@code daan}, ...), whose
   * password is the user name + {@code -demo}; for {@code Authorization: Bearer}.
   */
  public static String tokenFor(String user) {
    return tokenFrom(TEST_CLIENT, user);
  }

  /** The demo realm's client-credentials client of the bank {@code rabobank-demo}'s own system. */
  public static final String BANK_SYSTEM_CLIENT = "rabobank-demo-system";

  /** A token of {@link #BANK_SYSTEM_CLIENT}, taken as the bank's system takes it. */
  public static String bankSystemToken() {
    awaitReady();
    return issuer().clientToken(BANK_SYSTEM_CLIENT, BANK_SYSTEM_CLIENT + "-secret");
  }

  /** A demo user's token through another of the demo realm's test clients. */
  public static String tokenFrom(String client, String user) {
    awaitReady();
    return issuer().accessToken(client, user, user + "-demo");
  }

  /**
   * A token right in all but one way: {@code anna}, role {@code firm}, audience {@code
   * maakmatch-api}, but issued by another realm ({@value #OTHER_REALM}, with its own keys) of the
   * same Keycloak. Only with the embedded test Keycloak.
   */
  public static synchronized String tokenFromOtherRealm() {
    awaitReady();
    URI server = URI.create("http://localhost:" + embedded().settings().httpPort());
    if (!otherRealmCreated) {
      createOtherRealm(server);
      otherRealmCreated = true;
    }
    return OidcIssuer.of(server + "/realms/" + OTHER_REALM)
        .accessToken(TEST_CLIENT, "anna", "anna-demo");
  }

  private static void createOtherRealm(URI server) {
    String admin =
        OidcIssuer.of(server + "/realms/master").accessToken("admin-cli", "admin", "admin");
    String realm =
        """
        {"realm": "%s", "enabled": true,
         "roles": {"realm": [{"name": "firm"}]},
         "clients": [{"clientId": "%s", "publicClient": true, "directAccessGrantsEnabled": true,
           "standardFlowEnabled": false,
           "protocolMappers": [
             {"name": "groups", "protocol": "openid-connect",
              "protocolMapper": "oidc-usermodel-realm-role-mapper",
              "config": {"claim.name": "groups", "multivalued": "true",
                         "jsonType.label": "String", "access.token.claim": "true"}},
             {"name": "audience", "protocol": "openid-connect",
              "protocolMapper": "oidc-audience-mapper",
              "config": {"included.custom.audience": "%s", "access.token.claim": "true"}}]}],
         "users": [{"username": "anna", "enabled": true, "email": "anna@maakmatch.example",
           "emailVerified": true, "firstName": "Anna", "lastName": "de Vries",
           "realmRoles": ["firm"],
           "credentials": [{"type": "password", "value": "anna-demo", "temporary": false}]}]}
        """
            .formatted(OTHER_REALM, TEST_CLIENT, OidcIssuer.API_AUDIENCE);
    try {
      HttpResponse<String> created =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(server + "/admin/realms"))
                      .header("Authorization", "Bearer " + admin)
                      .header("Content-Type", "application/json")
                      .POST(HttpRequest.BodyPublishers.ofString(realm))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      if (created.statusCode() != 201) {
        throw new IllegalStateException(
            "Could not create the realm "
                + OTHER_REALM
                + ": "
                + created.statusCode()
                + " "
                + created.body());
      }
    } catch (IOException e) {
      throw new IllegalStateException("Could not create the realm " + OTHER_REALM, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while creating the realm " + OTHER_REALM, e);
    }
  }

  /**
   * Lets the realm's portal client ({@code maakmatch-portal}) send the browser back to {@code
   * origin} after sign-in and sign-out: the test server's port is chosen at deployment, the realm
   * file knows only the run command's {@code http://localhost:8080}. Only with the embedded test
   * Keycloak; an external realm must list the origin itself.
   */
  public static synchronized void allowPortalOrigin(String origin) {
    awaitReady();
    if (keycloak == null || portalOrigins.contains(origin)) {
      return;
    }
    URI server = URI.create("http://localhost:" + embedded().settings().httpPort());
    String admin =
        OidcIssuer.of(server + "/realms/master").accessToken("admin-cli", "admin", "admin");
    URI clients = URI.create(server + "/admin/realms/maakmatch/clients");
    try {
      HttpClient http = HttpClient.newHttpClient();
      JsonNode found =
          JSON.readTree(
              http.send(
                      HttpRequest.newBuilder(URI.create(clients + "?clientId=" + PORTAL_CLIENT))
                          .header("Authorization", "Bearer " + admin)
                          .build(),
                      HttpResponse.BodyHandlers.ofString())
                  .body());
      ObjectNode client = (ObjectNode) found.get(0);
      client.withArrayProperty("redirectUris").add(origin + "/*");
      client.withArrayProperty("webOrigins").add(origin);
      ObjectNode attributes = client.withObjectProperty("attributes");
      attributes.put(
          "post.logout.redirect.uris",
          attributes.path("post.logout.redirect.uris").asText() + "##" + origin + "/*");
      HttpResponse<String> updated =
          http.send(
              HttpRequest.newBuilder(URI.create(clients + "/" + client.get("id").asText()))
                  .header("Authorization", "Bearer " + admin)
                  .header("Content-Type", "application/json")
                  .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(client)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (updated.statusCode() != 204) {
        throw new IllegalStateException(
            "Could not add " + origin + " to " + PORTAL_CLIENT + ": " + updated.body());
      }
      portalOrigins.add(origin);
    } catch (IOException e) {
      throw new IllegalStateException("Could not add " + origin + " to " + PORTAL_CLIENT, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while configuring " + PORTAL_CLIENT, e);
    }
  }

  /**
   * Stops the test Keycloak, e.g. to show that tokens it issued keep working while it is down
   * (Payara has cached its keys). Call {@link #start()} afterwards: later tests need it.
   */
  public static void stop() {
    awaitReady();
    embedded().stop();
  }

  /** Starts the test Keycloak again after {@link #stop()}, with the same users and keys. */
  public static void start() {
    embedded().start();
  }

  private static LocalKeycloak embedded() {
    if (keycloak == null) {
      throw new IllegalStateException(
          "Only the embedded test Keycloak can be stopped, not " + issuer());
    }
    return keycloak;
  }

  private static void awaitReady() {
    issuer();
    try {
      booting.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("The test Keycloak did not start", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the test Keycloak", e);
    }
  }
}
