package nl.maakmatch.domain.webhook;

/**
 * How this installation lets webhooks be set, from its configuration (the web module produces it).
 *
 * @param allowHttpLoopback whether a webhook may post over plain http to this machine ({@code
 *     maakmatch.webhooks.allow-http-loopback}): for tests and the demo, whose receivers have no
 *     certificate; never in production, where events must not leave unencrypted
 */
public record WebhookOptions(boolean allowHttpLoopback) {}
