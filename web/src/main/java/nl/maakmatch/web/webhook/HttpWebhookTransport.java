package nl.maakmatch.web.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import nl.maakmatch.domain.webhook.DeliveryAttempt;
import nl.maakmatch.domain.webhook.WebhookTransport;

/**
 * Posts deliveries over HTTP. Timeouts are short (5 s to connect, 10 s for the answer) because a
 * round holds its webhook's lock while it waits; a receiver should answer at once and process
 * later. Redirects are not followed: an address is where the members said, and a redirect could
 * lead a signed body elsewhere; a 3xx is a failure they see in the delivery state.
 */
@ApplicationScoped
public class HttpWebhookTransport implements WebhookTransport {

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);
  private static final String USER_AGENT = "MaakMatch-Webhooks/1";

  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(CONNECT_TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .version(HttpClient.Version.HTTP_1_1)
          .build();

  @Override
  public DeliveryAttempt post(URI url, byte[] body, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .timeout(ANSWER_TIMEOUT)
            .header("User-Agent", USER_AGENT)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    try {
      int status =
          client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
      return status >= 200 && status <= 299
          ? new DeliveryAttempt.Accepted(status)
          : new DeliveryAttempt.Failed(status, "HTTP " + status);
    } catch (IOException e) {
      return new DeliveryAttempt.Failed(null, describe(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new DeliveryAttempt.Failed(null, "interrupted");
    }
  }

  /** The failure as a receiver's developer reads it: its kind and message, no stack trace. */
  private static String describe(IOException e) {
    String message = e.getMessage();
    return message == null || message.isBlank()
        ? e.getClass().getSimpleName()
        : e.getClass().getSimpleName() + ": " + message;
  }
}
