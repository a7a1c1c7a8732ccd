package nl.maakmatch.domain.webhook;

import java.util.Objects;
import nl.maakmatch.domain.Explained;
import nl.maakmatch.matching.text.Message;

/**
 * An address or secret a webhook cannot have; {@code field} names the request field it came from,
 * so the caller hears which one and why (400 with the field).
 */
public class WebhookSettingRejected extends RuntimeException implements Explained {

  private final String field;
  private final Message explanation;

  WebhookSettingRejected(String field, Message explanation) {
    super(field + ": " + explanation);
    this.field = Objects.requireNonNull(field);
    this.explanation = Objects.requireNonNull(explanation);
  }

  public String field() {
    return field;
  }

  @Override
  public Message explanation() {
    return explanation;
  }
}
