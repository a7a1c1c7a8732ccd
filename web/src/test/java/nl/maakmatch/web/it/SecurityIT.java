package nl.maakmatch.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Tokens that must not be accepted, browser protections, CORS and the preview's rate limit. */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

  /**
   * The tests' maakmatch.preview.requests-per-minute (see {@link TestDatabase}): high enough for
   * the fuzz test to reach the preview's validation hundreds of times.
   */
  private static final int PREVIEW_LIMIT_PER_MINUTE = TestDatabase.PREVIEW_LIMIT_PER_MINUTE;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.maakmatch();
  }

  @ArquillianResource URL deployed;

  private Http anonymous;

  @BeforeEach
  void connect() {
    anonymous = new Http(deployed);
  }

  /**
   * Every kind of refusal the server itself produces, inside the API and outside it, is
   * problem+json with the browser protections, names no server, and a refused token is told why.
   */
  @Test
  void everyStatusTheServerEmitsIsAProblemWithTheSecurityHeaders() {
    Map<String, Http.Reply> replies = new LinkedHashMap<>();
    replies.put("401 forged token", anonymous.as("not.a.token").get("api/v1/firms"));
    replies.put("401 no token", anonymous.get("api/v1/firms"));
    replies.put("404 outside the API", anonymous.get("no/such/page"));
    replies.put("404 inside the API", anonymous.get("api/v1/nothing-here"));
    replies.put("405", anonymous.send(anonymous.request("api/v1/match/preview").DELETE()));
    replies.put(
        "413",
        anonymous.post(
            "api/v1/match/preview",
            "application/json",
            "{\"x\":\"" + "x".repeat(1_100_000) + "\"}"));
    replies.put("415", anonymous.post("api/v1/match/preview", "text/plain", "hello"));
    replies.put("401 metrics", anonymous.get("metrics"));
    replies.put("403 metrics", anonymous.as(TestKeycloak.tokenFor("anna")).get("metrics"));

    for (Map.Entry<String, Http.Reply> entry : replies.entrySet()) {
      Http.Reply reply = entry.getValue();
      String status = entry.getKey().substring(0, 3);
      assertThat(reply.status()).as(entry.getKey()).isEqualTo(Integer.parseInt(status));
      assertThat(reply.header("Content-Type"))
          .as(entry.getKey())
          .startsWith("application/problem+json");
      assertThat(reply.json().path("status").asInt()).as(entry.getKey()).isEqualTo(reply.status());
      assertThat(reply.header("X-Content-Type-Options")).as(entry.getKey()).isEqualTo("nosniff");
      assertThat(reply.header("X-Frame-Options")).as(entry.getKey()).isEqualTo("DENY");
      assertThat(reply.header("Content-Security-Policy"))
          .as(entry.getKey())
          .contains("frame-ancestors 'none'");
      assertThat(reply.header("Server")).as(entry.getKey()).isNull();
      assertThat(reply.header("X-Powered-By")).as(entry.getKey()).isNull();
    }
    assertThat(replies.get("401 forged token").header("WWW-Authenticate"))
        .isEqualTo("Bearer realm=\"maakmatch\", error=\"invalid_token\"");
    assertThat(replies.get("401 no token").header("WWW-Authenticate")).startsWith("Bearer");
    assertThat(anonymous.as(TestKeycloak.tokenFor("admin")).get("metrics").status()).isEqualTo(200);
  }

  @Test
  void acceptsAValidTokenAndRefusesATamperedOne() {
    String token = TestKeycloak.tokenFor("anna");
    String[] parts = token.split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String forged =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                payload.replace("\"firm\"", "\"admin\"").getBytes(StandardCharsets.UTF_8));
    String tampered = parts[0] + "." + forged + "." + parts[2];
    String unsigned =
        Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[1]
            + ".";

    assertThat(anonymous.as(token).get("api/v1/firms").status()).isEqualTo(200);
    assertThat(anonymous.as(tampered).get("api/v1/firms").status()).isEqualTo(401);
    assertThat(anonymous.as(unsigned).get("api/v1/firms").status()).isEqualTo(401);
    assertThat(anonymous.as("not-a-token").get("api/v1/firms").status()).isEqualTo(401);
  }

  @Test
  void refusesATokenForAnotherAudienceOrFromAnotherIssuer() {
    String otherAudience = TestKeycloak.tokenFrom(TestKeycloak.NO_AUDIENCE_CLIENT, "anna");
    String otherIssuer = TestKeycloak.tokenFromOtherRealm();

    assertThat(anonymous.as(otherAudience).get("api/v1/firms").status()).isEqualTo(401);
    assertThat(anonymous.as(otherIssuer).get("api/v1/firms").status()).isEqualTo(401);
  }

  @Test
  void refusesAnExpiredToken() throws InterruptedException {
    String shortLived = TestKeycloak.tokenFrom(TestKeycloak.SHORT_LIVED_CLIENT, "anna");
    assertThat(anonymous.as(shortLived).get("api/v1/firms").status()).isEqualTo(200);

    Thread.sleep(TestKeycloak.SHORT_LIVED_SECONDS * 1000L + 3_000);

    assertThat(anonymous.as(shortLived).get("api/v1/firms").status()).isEqualTo(401);
  }

  @Test
  void keepsAcceptingIssuedTokensWhileKeycloakIsDown() {
    String token = TestKeycloak.tokenFor("bram");
    assertThat(anonymous.as(token).get("api/v1/firms").status()).isEqualTo(200);

    assertThat(anonymous.get("api/v1/login-status").json().path("available").asBoolean()).isTrue();

    TestKeycloak.stop();
    try {
      assertThat(anonymous.as(token).get("api/v1/firms").status()).isEqualTo(200);
      Http.Reply login = awaitLoginUnavailable();
      assertThat(login.json().path("available").asBoolean()).isFalse();
      assertThat(login.json().path("message").asText())
          .contains("Inloggen lukt op dit moment niet");
      assertThat(anonymous.get("health/ready").status()).isEqualTo(200);
      assertThat(anonymous.get("api/v1/instruments/bmkb").status()).isEqualTo(200);
    } finally {
      TestKeycloak.start();
    }
  }

  /** The status is probed at most every few seconds; wait until it has seen Keycloak go. */
  private Http.Reply awaitLoginUnavailable() {
    Instant deadline = Instant.now().plusSeconds(20);
    Http.Reply reply = anonymous.get("api/v1/login-status");
    while (reply.json().path("available").asBoolean() && Instant.now().isBefore(deadline)) {
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      reply = anonymous.get("api/v1/login-status");
    }
    return reply;
  }

  @Test
  void sendsBrowserProtectionsOnEveryResponse() {
    for (String path : new String[] {"", "api/v1/instruments", "api/v1/instruments/nope"}) {
      Http.Reply reply = anonymous.get(path);
      assertThat(reply.header("Content-Security-Policy"))
          .as(path)
          .contains("frame-ancestors 'none'");
      assertThat(reply.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      assertThat(reply.header("X-Frame-Options")).as(path).isEqualTo("DENY");
      assertThat(reply.header("Referrer-Policy"))
          .as(path)
          .isEqualTo("strict-origin-when-cross-origin");
    }
  }

  @Test
  void allowsCrossOriginReadsOnlyForThePortalOrigin() {
    Http.Reply portal =
        anonymous.send(
            anonymous
                .request("api/v1/instruments")
                .header("Origin", "http://localhost:8080")
                .GET());
    Http.Reply foreign =
        anonymous.send(
            anonymous.request("api/v1/instruments").header("Origin", "https://evil.example").GET());
    Http.Reply foreignPreflight =
        anonymous.send(
            anonymous
                .request("api/v1/firms")
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

    assertThat(portal.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:8080");
    assertThat(foreign.header("Access-Control-Allow-Origin")).isNull();
    assertThat(foreignPreflight.header("Access-Control-Allow-Origin")).isNull();
    assertThat(foreignPreflight.status()).isEqualTo(403);
  }

  @Test
  void limitsAnonymousPreviewsPerClientAddressWithRetryAfter() {
    Http client = anonymous.from(Fixtures.freshClientAddress());
    Http.Reply last = null;
    int answered = 0;
    for (int i = 0; i < PREVIEW_LIMIT_PER_MINUTE * 2; i++) {
      last = client.post("api/v1/match/preview", "application/json", "{}");
      if (last.status() == 429) {
        break;
      }
      answered++;
    }

    assertThat(last.status()).isEqualTo(429);
    // a sliding minute: when the minute turns meanwhile, the past one weighs a little less
    assertThat(answered).isBetween(PREVIEW_LIMIT_PER_MINUTE, PREVIEW_LIMIT_PER_MINUTE * 11 / 10);
    assertThat(Long.parseLong(last.header("Retry-After"))).isPositive();
    assertThat(last.header("Content-Type")).startsWith("application/problem+json");
    assertThat(
            anonymous
                .from(Fixtures.freshClientAddress())
                .post("api/v1/match/preview", "application/json", "{}")
                .status())
        .as("another address")
        .isEqualTo(400);
  }
}
