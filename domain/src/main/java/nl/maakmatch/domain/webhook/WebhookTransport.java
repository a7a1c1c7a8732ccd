package nl.maakmatch.domain.webhook;

import java.net.URI;
import java.util.Map;

/**
 * Posts one delivery to a receiver and says what became of it. The web module's implementation
 * speaks HTTP with short timeouts and follows no redirects; tests use their own.
 */
public interface WebhookTransport {

  /**
   * Posts {@code body} to {@code url} with {@code headers}; never throws for a receiver's failure,
   * which is a {@link DeliveryAttempt.Failed}.
   */
  DeliveryAttempt post(URI url, byte[] body, Map<String, String> headers);
}
