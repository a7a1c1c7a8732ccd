package nl.maakmatch.api.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import nl.maakmatch.api.Languages;
import nl.maakmatch.matching.text.Message;
import nl.maakmatch.matching.text.MessageRenderer;
import nl.maakmatch.matching.text.Messages;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Whether signing in works right now. Tokens already issued keep working while the identity
 * provider is down; new sign-ins do not, and the portal says so in plain words instead of sending a
 * person to a page that does not answer.
 */
@Path("/v1/login-status")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@Tag(name = "Sign-in", description = "Whether new sign-ins are possible")
public class LoginStatusResource {

  private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
  private static final long CACHE_NANOS = Duration.ofSeconds(5).toNanos();

  @Inject
  @ConfigProperty(
      name = "maakmatch.oidc.issuer",
      defaultValue = "http://localhost:8180/realms/maakmatch")
  String issuer;

  private static final Messages TEXT = Messages.in("nl.maakmatch.api.security.messages");

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build();
  private volatile boolean lastAvailable;
  private volatile long lastProbe = Long.MIN_VALUE;

  /**
   * @param available whether the identity provider answers, so new sign-ins can succeed
   * @param message what to tell a person who wants to sign in now
   */
  public record LoginStatus(boolean available, String issuer, String message) {}

  @GET
  @Operation(summary = "Whether new sign-ins are possible now, with a message for people")
  public LoginStatus status(@Context HttpHeaders headers) {
    boolean available = available();
    Message message = TEXT.get(available ? "login.available" : "login.unavailable");
    return new LoginStatus(
        available, issuer, MessageRenderer.in(Languages.of(headers)).render(message));
  }

  /** Probes the issuer at most every few seconds, so a crowd at the door does not pile up. */
  private boolean available() {
    long now = System.nanoTime();
    if (lastProbe != Long.MIN_VALUE && now - lastProbe < CACHE_NANOS) {
      return lastAvailable;
    }
    boolean answers;
    try {
      HttpResponse<Void> response =
          client.send(
              HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
                  .timeout(PROBE_TIMEOUT)
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      answers = response.statusCode() == 200;
    } catch (IOException | IllegalArgumentException e) {
      answers = false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      answers = false;
    }
    lastAvailable = answers;
    lastProbe = now;
    return answers;
  }
}
