package nl.maakmatch.domain.webhook;

import nl.maakmatch.domain.RecordKind;
import nl.maakmatch.domain.RecordNotFound;
import nl.maakmatch.matching.text.Message;

/** The organisation's members never set a webhook (404): there is nothing to show or stop. */
public class WebhookNotSet extends RecordNotFound {

  private final String organisation;

  public WebhookNotSet(String organisation) {
    super(RecordKind.ORGANISATION, organisation + "/webhook");
    this.organisation = organisation;
  }

  @Override
  public Message explanation() {
    return WebhookMessages.TEXT.get("webhook.notSet", organisation);
  }
}
