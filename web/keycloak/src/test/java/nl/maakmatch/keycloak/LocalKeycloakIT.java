package nl.maakmatch.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tests' Keycloak, started for real with the demo realm, answering like the API expects. */
class LocalKeycloakIT {

  private static final String TEST_CLIENT = "maakmatch-test";
  private static final String PORTAL = "http://localhost:8080/";

  private static LocalKeycloak keycloak;
  private static OidcIssuer issuer;

  @BeforeAll
  static void startKeycloak() {
    keycloak = LocalKeycloak.start(KeycloakSettings.tests(KeycloakSettings.demoRealmFile()));
    issuer = keycloak.issuer();
  }

  @AfterAll
  static void stopKeycloak() {
    if (keycloak != null) {
      keycloak.close();
    }
  }

  @Test
  void givesAnAdviserATokenWithRoleRegionOrganisationAndTheApiAudience() {
    Jwt token = Jwt.decode(issuer.accessToken(TEST_CLIENT, "carla", "carla-demo"));

    assertThat(token.claim("iss")).isEqualTo("http://localhost:8181/realms/maakmatch");
    assertThat(token.claimValues("aud")).contains("maakmatch-api");
    assertThat(token.claimValues("groups")).containsExactly("adviser");
    assertThat(token.claim("rom_region")).isEqualTo("NB");
    assertThat(token.claim("organisation")).isEqualTo("bom");
    assertThat(token.claim("preferred_username")).isEqualTo("carla");
  }

  @ParameterizedTest
  @CsvSource({
    "anna, firm,,",
    "bram, firm,,",
    "carla, adviser, NB, bom",
    "lars, adviser, LI, liof",
    "daan, financier,, rabobank-demo",
    "eva, financier,, eva-capital-demo",
    "admin, admin,,"
  })
  void everyDemoUserLogsInWithTheirPasswordAndGetsOnlyTheirRole(
      String user, String role, String region, String organisation) {
    Jwt token = Jwt.decode(issuer.accessToken(TEST_CLIENT, user, user + "-demo"));

    assertThat(token.claimValues("groups")).containsExactly(role);
    assertThat(token.claim("rom_region")).isEqualTo(region);
    assertThat(token.claim("organisation")).isEqualTo(organisation);
    assertThat(token.claimValues("aud")).contains("maakmatch-api");
  }

  @Test
  void hasTestClientsForTokensTheApiMustRefuse() {
    Jwt otherAudience =
        Jwt.decode(issuer.accessToken("maakmatch-test-other-audience", "anna", "anna-demo"));
    Jwt shortLived =
        Jwt.decode(issuer.accessToken("maakmatch-test-short-lived", "anna", "anna-demo"));

    assertThat(otherAudience.claimValues("aud")).containsExactly("other-api");
    assertThat(otherAudience.claimValues("groups")).containsExactly("firm");
    assertThat(shortLived.claims().path("exp").asLong() - shortLived.claims().path("iat").asLong())
        .isEqualTo(10);
    assertThat(shortLived.claimValues("aud")).contains("maakmatch-api");
  }

  @Test
  void letsOnlyTheSupportRoleManageTheRealmsUsers() throws Exception {
    URI users =
        URI.create(issuer.uri().toString().replace("/realms/", "/admin/realms/") + "/users?max=5");
    int asSupport = status(users, issuer.accessToken(TEST_CLIENT, "sanne", "sanne-demo"));
    // the catalogue administrator could otherwise reset a financier's password and act as them
    int asAdmin = status(users, issuer.accessToken(TEST_CLIENT, "admin", "admin-demo"));
    int asFirm = status(users, issuer.accessToken(TEST_CLIENT, "anna", "anna-demo"));

    assertThat(asSupport).isEqualTo(200);
    assertThat(asAdmin).isEqualTo(403);
    assertThat(asFirm).isEqualTo(403);
  }

  private static int status(URI uri, String token) throws Exception {
    return http()
        .send(
            HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).GET().build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  @Test
  void refusesAWrongPassword() {
    // bram, not carla: brute-force protection counts failures per user
    assertThatThrownBy(() -> issuer.accessToken(TEST_CLIENT, "bram", "not-bram-demo"))
        .isInstanceOfSatisfying(
            OidcIssuer.TokenRefused.class,
            refused -> {
              assertThat(refused.status()).isEqualTo(400);
              assertThat(refused.error()).isEqualTo("invalid_grant");
            });
  }

  @Test
  void thePortalCannotUseThePasswordGrant() {
    assertThatThrownBy(() -> issuer.accessToken("maakmatch-portal", "anna", "anna-demo"))
        .isInstanceOfSatisfying(
            OidcIssuer.TokenRefused.class,
            refused -> assertThat(refused.error()).isEqualTo("unauthorized_client"));
  }

  @Test
  void aSelfRegisteredUserIsAFirmAndCannotClaimAnOrganisation() throws Exception {
    Jwt token =
        Jwt.decode(
            registerThroughThePortal(
                Map.of(
                    "firstName", "Femke",
                    "lastName", "Visser",
                    "email", "femke@maakmatch.example",
                    "username", "femke",
                    "password", "femke-registreert",
                    "password-confirm", "femke-registreert",
                    // not on the form: a user must not be able to make herself a bank
                    "organisation", "rabobank-demo",
                    "rom_region", "NB")));

    assertThat(token.claimValues("groups"))
        .contains("firm")
        .doesNotContain("adviser", "financier", "admin");
    assertThat(token.claim("organisation")).isNull();
    assertThat(token.claim("rom_region")).isNull();
    assertThat(token.claim("azp")).isEqualTo("maakmatch-portal");
  }

  @Test
  void keepsItsSigningKeysAcrossARestart() throws Exception {
    String token = issuer.accessToken(TEST_CLIENT, "anna", "anna-demo");
    String keyId = Jwt.decode(token).header().path("kid").asText();

    keycloak.stop();
    assertThatThrownBy(() -> issuer.accessToken(TEST_CLIENT, "anna", "anna-demo"))
        .hasMessageContaining("No answer");
    keycloak.start();

    String keys =
        http()
            .send(
                HttpRequest.newBuilder(issuer.certificates()).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    assertThat(keys).contains("\"kid\":\"" + keyId + "\"");
    assertThat(issuer.accessToken(TEST_CLIENT, "anna", "anna-demo")).isNotBlank();
  }

  /**
   * Fills in Keycloak's registration form the way a browser does, then redeems the code with PKCE
   * as the portal will.
   */
  private static String registerThroughThePortal(Map<String, String> fields) throws Exception {
    String verifier = randomUrlSafe(48);
    String challenge =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    URI registration =
        URI.create(
            issuer
                + "/protocol/openid-connect/registrations?"
                + form(
                    Map.of(
                        "client_id", "maakmatch-portal",
                        "response_type", "code",
                        "scope", "openid",
                        "redirect_uri", PORTAL,
                        "code_challenge", challenge,
                        "code_challenge_method", "S256")));
    HttpResponse<String> page =
        http()
            .send(
                HttpRequest.newBuilder(registration).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(page.body());
    assertThat(action.find()).as("registration form").isTrue();

    // Keycloak's cookies are Secure, which java.net.CookieManager withholds over http
    String cookies =
        page.headers().allValues("Set-Cookie").stream()
            .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
            .collect(Collectors.joining("; "));
    HttpResponse<String> registered =
        http()
            .send(
                HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", cookies)
                    .POST(HttpRequest.BodyPublishers.ofString(form(fields)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    String location = registered.headers().firstValue("Location").orElse("");
    assertThat(location)
        .as("redirect after registration; page: %s", registered.body())
        .startsWith(PORTAL);
    Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
    assertThat(code.find()).isTrue();

    Map<String, String> exchange = new LinkedHashMap<>();
    exchange.put("grant_type", "authorization_code");
    exchange.put("client_id", "maakmatch-portal");
    exchange.put("code", code.group(1));
    exchange.put("redirect_uri", PORTAL);
    exchange.put("code_verifier", verifier);
    HttpResponse<String> tokens =
        http()
            .send(
                HttpRequest.newBuilder(issuer.tokenEndpoint())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(exchange)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
    Matcher accessToken =
        Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(tokens.body());
    assertThat(accessToken.find()).isTrue();
    return accessToken.group(1);
  }

  private static HttpClient http() {
    return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            f ->
                URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static String randomUrlSafe(int bytes) {
    byte[] random = new byte[bytes];
    new SecureRandom().nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }
}
