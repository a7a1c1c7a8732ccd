package nl.maakmatch.api.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.maakmatch.api.validation.SingleLine;
import nl.maakmatch.domain.webhook.WebhookSecret;
import nl.maakmatch.domain.webhook.WebhookUrl;

/**
 * Where an organisation's events are to be posted, and the secret they are signed with. The form is
 * checked here; what an address may be (https, no credentials) is the domain's rule, answered with
 * the field and reason too.
 */
public record WebhookRequest(
    @NotBlank(message = "{maakmatch.required}")
        @Size(max = WebhookUrl.MAX_LENGTH, message = "{maakmatch.tooLong}")
        @SingleLine
        String url,
    @NotBlank(message = "{maakmatch.required}")
        @Size(
            min = WebhookSecret.MIN_LENGTH,
            max = WebhookSecret.MAX_LENGTH,
            message = "{maakmatch.reasonLength}")
        @SingleLine
        String secret) {

  /** Never the secret, should the request ever be logged. */
  @Override
  public String toString() {
    return "WebhookRequest[url=" + url + ", secret=…]";
  }
}
