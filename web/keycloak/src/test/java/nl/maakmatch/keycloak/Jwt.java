package nl.maakmatch.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Reads a token's header and claims, unverified: the tests check what Keycloak put in. */
record Jwt(JsonNode header, JsonNode claims) {

  private static final ObjectMapper JSON = new ObjectMapper();

  static Jwt decode(String token) {
    String[] parts = token.split("\\.");
    if (parts.length != 3) {
      throw new IllegalArgumentException("Not a signed JWT: " + token);
    }
    return new Jwt(part(parts[0]), part(parts[1]));
  }

  private static JsonNode part(String base64url) {
    try {
      return JSON.readTree(Base64.getUrlDecoder().decode(base64url));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String claim(String name) {
    return claims.path(name).asText(null);
  }

  /** A claim that may be one string or an array of strings, such as {@code aud}. */
  List<String> claimValues(String name) {
    JsonNode value = claims.path(name);
    List<String> values = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(v -> values.add(v.asText()));
    } else if (!value.isMissingNode() && !value.isNull()) {
      values.add(value.asText());
    }
    return values;
  }
}
