package nl.maakmatch.domain.webhook;

import static nl.maakmatch.domain.webhook.WebhookMessages.TEXT;

import java.util.Objects;

/**
 * The key a webhook's deliveries are signed with, shared by the organisation's members and
 * MaakMatch. Long enough not to be guessed, short enough to be typed into a configuration. It is
 * never shown again once set: answers and logs name at most its last four characters.
 */
public record WebhookSecret(String value) {

  public static final int MIN_LENGTH = 16;
  public static final int MAX_LENGTH = 200;

  /** How many of its last characters may be shown, so that members can tell which one is set. */
  static final int SHOWN = 4;

  public WebhookSecret {
    Objects.requireNonNull(value, "value");
    if (value.length() < MIN_LENGTH || value.length() > MAX_LENGTH) {
      throw new WebhookSettingRejected(
          "secret",
          TEXT.get(
              "webhook.secret.length", String.valueOf(MIN_LENGTH), String.valueOf(MAX_LENGTH)));
    }
  }

  /** Its last four characters, for members to recognise it by. */
  public String ending() {
    return value.substring(value.length() - SHOWN);
  }

  /** Never the value: a record's default would put the secret in every log line that names it. */
  @Override
  public String toString() {
    return "WebhookSecret[…" + ending() + "]";
  }
}
