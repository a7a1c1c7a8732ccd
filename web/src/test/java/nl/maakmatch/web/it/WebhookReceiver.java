package nl.maakmatch.web.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A financier's system as the integration tests play it: receives webhook deliveries on a free
 * loopback port over plain http (which the tests' configuration allows), checks each signature on
 * its own (not with MaakMatch's code, so that the two must agree), and answers 200 while "up", 503
 * while "down" and 401 to a delivery whose signature does not match. It keeps every delivery, and
 * tests wait for deliveries to arrive rather than sleep.
 *
 * <pre>{@code
 * try (WebhookReceiver bank = WebhookReceiver.start("a-secret-of-16-chars")) {
 *   daan.putJson(webhookPath, null, Map.of("url", bank.url(), "secret", bank.secret()));
 *   ... something happens to an introduction ...
 *   List<WebhookReceiver.Delivery> got = bank.awaitAccepted(1, Duration.ofSeconds(20));
 * }
 * }</pre>
 */
public final class WebhookReceiver implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PATH = "/hook";

  /**
   * One delivery as it arrived.
   *
   * @param eventId its {@code X-MaakMatch-Event-Id}
   * @param signature its {@code X-MaakMatch-Signature}
   * @param contentType its {@code Content-Type}
   * @param body the bytes it carried
   * @param signed whether the signature matched the body under the secret
   * @param answered the status this receiver answered with
   */
  public record Delivery(
      String eventId,
      String signature,
      String contentType,
      byte[] body,
      boolean signed,
      int answered) {

    public boolean accepted() {
      return answered == 200;
    }

    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private final HttpServer server;
  private final String secret;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition arrived = lock.newCondition();
  private final List<Delivery> deliveries = new ArrayList<>();
  private volatile boolean up = true;

  private WebhookReceiver(HttpServer server, String secret) {
    this.server = server;
    this.secret = secret;
  }

  /** A receiver that is up, on a free port of the loopback interface. */
  public static WebhookReceiver start(String secret) {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      WebhookReceiver receiver = new WebhookReceiver(server, secret);
      server.createContext(PATH, receiver::receive);
      server.start();
      return receiver;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The address to set as the webhook's url. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
  }

  public String secret() {
    return secret;
  }

  /** From now on, answer 503 Service Unavailable, as a system in maintenance does. */
  public void down() {
    up = false;
  }

  /** From now on, accept deliveries again. */
  public void up() {
    up = true;
  }

  /** Every delivery so far, refused ones too, in the order they arrived. */
  public List<Delivery> deliveries() {
    lock.lock();
    try {
      return List.copyOf(deliveries);
    } finally {
      lock.unlock();
    }
  }

  /** The deliveries this receiver accepted, in the order they arrived. */
  public List<Delivery> accepted() {
    return deliveries().stream().filter(Delivery::accepted).toList();
  }

  /** Waits until at least {@code count} deliveries were accepted; fails after {@code timeout}. */
  public List<Delivery> awaitAccepted(int count, Duration timeout) {
    return await(() -> accepted().size() >= count, timeout, count + " accepted deliveries");
  }

  /** Waits until at least {@code count} deliveries arrived, accepted or not. */
  public List<Delivery> awaitDeliveries(int count, Duration timeout) {
    return await(() -> deliveries.size() >= count, timeout, count + " deliveries");
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private List<Delivery> await(BooleanSupplier done, Duration timeout, String what) {
    long left = timeout.toNanos();
    lock.lock();
    try {
      while (!done.getAsBoolean()) {
        if (left <= 0) {
          throw new AssertionError(
              "waited " + timeout + " for " + what + ", got: " + describe(deliveries));
        }
        left = arrived.awaitNanos(left);
      }
      return List.copyOf(deliveries);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for " + what, e);
    } finally {
      lock.unlock();
    }
  }

  private void receive(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("POST")) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      String signature = exchange.getRequestHeaders().getFirst("X-MaakMatch-Signature");
      boolean signed = signature != null && matches(signature, body);
      int status = !signed ? 401 : up ? 200 : 503;
      record(
          new Delivery(
              exchange.getRequestHeaders().getFirst("X-MaakMatch-Event-Id"),
              signature,
              exchange.getRequestHeaders().getFirst("Content-Type"),
              body,
              signed,
              status));
      exchange.sendResponseHeaders(status, -1);
    }
  }

  private void record(Delivery delivery) {
    lock.lock();
    try {
      deliveries.add(delivery);
      arrived.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** HMAC-SHA256 over the body under the secret, as a receiver's own code would check it. */
  private boolean matches(String signature, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
      return MessageDigest.isEqual(
          expected.getBytes(StandardCharsets.US_ASCII),
          signature.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> describe(List<Delivery> deliveries) {
    return deliveries.stream()
        .map(d -> d.eventId() + "→" + d.answered() + (d.signed() ? "" : " (unsigned)"))
        .toList();
  }
}
