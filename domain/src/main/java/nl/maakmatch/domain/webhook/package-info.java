/**
 * Webhooks: a financier organisation's own system is told of every event in its log, as it happens.
 * The {@link nl.maakmatch.domain.webhook.Webhook} aggregate guards that deliveries go only to an
 * address its members set (https, or http to this machine where configured), signed with a secret
 * only they and MaakMatch know, and that each event is posted in the order of the log until the
 * receiver accepts it or a day has passed. The log itself ({@link
 * nl.maakmatch.domain.webhook.PublishedEvents}) keeps every event, so a receiver that missed one
 * replays it from there.
 */
package nl.maakmatch.domain.webhook;
