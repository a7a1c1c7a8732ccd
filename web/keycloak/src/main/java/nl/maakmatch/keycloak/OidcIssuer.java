package nl.maakmatch.keycloak;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The OpenID Connect issuer that signs MaakMatch's tokens: a Keycloak realm, such as {@code
 * http://localhost:8180/realms/maakmatch}. Knows the settings that make Payara's MicroProfile JWT
 * trust it, and can ask it for a token (tests and scripts only).
 *
 * @param uri the issuer exactly as it appears in the tokens' {@code iss} claim
 */
public record OidcIssuer(URI uri) {

  /** The audience every MaakMatch access token carries, and the API insists on. */
  public static final String API_AUDIENCE = "maakmatch-api";

  /** The realm of the demo, test and production realm files. */
  public static final String REALM = "maakmatch";

  private static final Pattern ACCESS_TOKEN =
      Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern ERROR = Pattern.compile("\"error\"\\s*:\\s*\"([^\"]*)\"");

  public OidcIssuer {
    String scheme = uri.getScheme();
    if (!"http".equals(scheme) && !"https".equals(scheme)) {
      throw new IllegalArgumentException("An OIDC issuer is an http(s) URL, not " + uri);
    }
    if (uri.getPath().endsWith("/")) {
      // the iss claim has no trailing slash: a stray one would make every token a "bad issuer"
      throw new IllegalArgumentException("An OIDC issuer has no trailing slash: " + uri);
    }
  }

  /** Reads an issuer from configuration, forgiving a trailing slash. */
  public static OidcIssuer of(String issuer) {
    String trimmed = issuer.strip();
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    return new OidcIssuer(URI.create(trimmed));
  }

  /** The realm {@value #REALM} of a Keycloak reachable at {@code http://localhost:port}. */
  public static OidcIssuer localKeycloak(int port) {
    return of("http://localhost:" + port + "/realms/" + REALM);
  }

  /** The realm's signing keys (JWKS), which Payara fetches and caches. */
  public URI certificates() {
    return URI.create(uri + "/protocol/openid-connect/certs");
  }

  public URI tokenEndpoint() {
    return URI.create(uri + "/protocol/openid-connect/token");
  }

  /**
   * The MicroProfile Config properties that make the API accept this issuer's tokens, plus {@code
   * maakmatch.oidc.issuer} for the portal's login.
   */
  public Map<String, String> microProfileJwtProperties() {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("mp.jwt.verify.publickey.location", certificates().toString());
    properties.put("mp.jwt.verify.issuer", uri.toString());
    properties.put("mp.jwt.verify.audiences", API_AUDIENCE);
    properties.put("maakmatch.oidc.issuer", uri.toString());
    return properties;
  }

  /**
   * Gets an access token with the resource owner password grant: only a client that allows direct
   * grants (the demo realm's {@code maakmatch-test}) may do this.
   *
   * @throws TokenRefused when the issuer answers with an error, such as a wrong password
   */
  public String accessToken(String clientId, String username, String password) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "password");
    form.put("client_id", clientId);
    form.put("username", username);
    form.put("password", password);
    form.put("scope", "openid");
    return tokenFor(username, form);
  }

  /**
   * An access token for a confidential client's own service account (the client-credentials grant),
   * as a financier's system takes one.
   *
   * @throws TokenRefused when the issuer answers with an error, such as a wrong secret
   */
  public String clientToken(String clientId, String secret) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "client_credentials");
    form.put("client_id", clientId);
    form.put("client_secret", secret);
    return tokenFor(clientId, form);
  }

  private String tokenFor(String who, Map<String, String> form) {
    HttpRequest request =
        HttpRequest.newBuilder(tokenEndpoint())
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(urlEncoded(form)))
            .build();
    HttpResponse<String> response;
    try {
      response =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(5))
              .build()
              .send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("No answer from " + tokenEndpoint() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(
          "Interrupted while asking " + tokenEndpoint() + " for a token", e);
    }
    Matcher token = ACCESS_TOKEN.matcher(response.body());
    if (response.statusCode() == 200 && token.find()) {
      return token.group(1);
    }
    Matcher error = ERROR.matcher(response.body());
    throw new TokenRefused(
        who, response.statusCode(), error.find() ? error.group(1) : "", response.body());
  }

  private static String urlEncoded(Map<String, String> form) {
    return form.entrySet().stream()
        .map(
            field ->
                URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  @Override
  public String toString() {
    return uri.toString();
  }

  /** The issuer would not give a token: {@link #error()} is OAuth's code, e.g. invalid_grant. */
  public static final class TokenRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String error;

    TokenRefused(String username, int status, String error, String body) {
      super("No token for " + username + ": HTTP " + status + " " + body);
      this.status = status;
      this.error = error;
    }

    public int status() {
      return status;
    }

    public String error() {
      return error;
    }
  }
}
