package nl.maakmatch.domain.webhook;

import nl.maakmatch.matching.text.Messages;

/** The webhooks' messages; patterns in {@code nl/maakmatch/domain/webhook/messages*.properties}. */
final class WebhookMessages {

  static final Messages TEXT = Messages.in("nl.maakmatch.domain.webhook.messages");

  private WebhookMessages() {}
}
