package nl.maakmatch.web.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.maakmatch.domain.webhook.DeliveryAttempt;
import nl.maakmatch.domain.webhook.WebhookSignature;
import nl.maakmatch.web.it.WebhookReceiver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The transport against the integration tests' receiver on a loopback port: what MaakMatch signs, a
 * receiver's own check accepts, and every answer becomes the attempt it means.
 */
class HttpWebhookTransportTest {

  private static final String SECRET = "a-secret-of-16-chars";
  private static final byte[] BODY = "{\"id\":42}".getBytes(StandardCharsets.UTF_8);

  private final WebhookReceiver receiver = WebhookReceiver.start(SECRET);
  private final HttpWebhookTransport transport = new HttpWebhookTransport();

  @AfterEach
  void stopReceiver() {
    receiver.close();
  }

  @Test
  void deliversASignedBodyThatTheReceiversOwnCheckAccepts() {
    DeliveryAttempt attempt = transport.post(URI.create(receiver.url()), BODY, headers(SECRET));

    assertThat(attempt).isEqualTo(new DeliveryAttempt.Accepted(200));
    WebhookReceiver.Delivery delivery = receiver.deliveries().get(0);
    assertThat(delivery.signed()).isTrue();
    assertThat(delivery.eventId()).isEqualTo("42");
    assertThat(delivery.contentType()).isEqualTo("application/json");
    assertThat(delivery.json().path("id").asInt()).isEqualTo(42);
  }

  @Test
  void reportsAReceiverThatIsDownWithItsStatus() {
    receiver.down();

    assertThat(transport.post(URI.create(receiver.url()), BODY, headers(SECRET)))
        .isEqualTo(new DeliveryAttempt.Failed(503, "HTTP 503"));
  }

  @Test
  void isRefusedWhenSignedWithAnotherSecret() {
    assertThat(transport.post(URI.create(receiver.url()), BODY, headers("another-secret-16ch")))
        .isEqualTo(new DeliveryAttempt.Failed(401, "HTTP 401"));
    assertThat(receiver.deliveries().get(0).signed()).isFalse();
  }

  @Test
  void reportsAnAddressWhereNothingListensWithoutAStatus() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }

    DeliveryAttempt attempt =
        transport.post(
            URI.create("http://127.0.0.1:" + closedPort + "/hook"), BODY, headers(SECRET));

    assertThat(attempt).isInstanceOf(DeliveryAttempt.Failed.class);
    assertThat(((DeliveryAttempt.Failed) attempt).status()).isNull();
    assertThat(((DeliveryAttempt.Failed) attempt).error()).startsWith("ConnectException");
  }

  private static Map<String, String> headers(String secret) {
    return Map.of(
        "Content-Type",
        "application/json",
        "X-MaakMatch-Event-Id",
        "42",
        WebhookSignature.HEADER,
        WebhookSignature.of(secret, BODY));
  }
}
