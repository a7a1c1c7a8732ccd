package nl.maakmatch.web.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A small HTTP client for the tests: plain requests against the deployed platform. */
public final class Http {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI base;

  public Http(URL base) {
    // the WAR deploys at the root context whatever name Arquillian gave it
    this(
        URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/"), null);
  }

  public Reply get(String path) {
    return send(request(path).GET());
  }

  public Reply postJson(String path, Object body) {
    return post(path, "application/json", json(body));
  }

  public Reply putJson(String path, String ifMatch, Object body) {
    HttpRequest.Builder put =
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json(body)));
    if (ifMatch != null) {
      put.header("If-Match", ifMatch);
    }
    return send(put);
  }

  static String json(Object body) {
    if (body instanceof String text) {
      return text;
    }
    try {
      return JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Reply post(String path, String contentType, String body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** A request to {@code path} on the platform, to finish with headers, a method and a body. */
  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path));
  }

  /** The same client acting for a user: every request carries that user's bearer token. */
  public Http as(String token) {
    return new Http(base, token, language, clientAddress);
  }

  /** The same client asking for answers in a language ({@code Accept-Language}). */
  public Http inLanguage(String languageTag) {
    return new Http(base, token, languageTag, clientAddress);
  }

  /**
   * The same client as if it called from {@code address} through the installation's proxy, which
   * the tests' platform believes ({@code maakmatch.proxy.forwarded-for}): requests that are counted
   * per client address do not share their count with other tests.
   */
  public Http from(String address) {
    return new Http(base, token, language, address);
  }

  private final String token;
  private final String language;
  private final String clientAddress;

  private Http(URI base, String token) {
    this(base, token, null, null);
  }

  private Http(URI base, String token, String language, String clientAddress) {
    this.base = base;
    this.token = token;
    this.language = language;
    this.clientAddress = clientAddress;
  }

  public Reply send(HttpRequest.Builder request) {
    return new Reply(exchange(request, HttpResponse.BodyHandlers.ofString()));
  }

  /**
   * Sends a request as this client (token, language) and hands back the response as {@code body}
   * reads it: bytes for a download, which a text body would mangle.
   */
  public <T> HttpResponse<T> exchange(
      HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (language != null) {
      request.header("Accept-Language", language);
    }
    if (clientAddress != null) {
      request.header("X-Forwarded-For", clientAddress);
    }
    try {
      return client.send(request.timeout(Duration.ofSeconds(30)).build(), body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Every item of a paged list ({@code items}, {@code total}), fetched page by page: other tests
   * share the database and may have added records.
   */
  public List<JsonNode> allItems(String path) {
    List<JsonNode> items = new ArrayList<>();
    String separator = path.contains("?") ? "&" : "?";
    for (int page = 0; ; page++) {
      JsonNode reply = get(path + separator + "size=100&page=" + page).json();
      reply.path("items").forEach(items::add);
      if (reply.path("items").isEmpty() || items.size() >= reply.path("total").asInt()) {
        return items;
      }
    }
  }

  /** A response with its body parsed on demand. */
  public record Reply(HttpResponse<String> response) {

    public int status() {
      return response.statusCode();
    }

    public String body() {
      return response.body();
    }

    public String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    public JsonNode json() {
      try {
        return JSON.readTree(response.body());
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + response.body(), e);
      }
    }
  }
}
