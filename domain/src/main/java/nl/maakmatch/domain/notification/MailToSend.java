package nl.maakmatch.domain.notification;

import java.util.UUID;

/**
 * One mail as the transport sends it, read from the outbox.
 *
 * @param language the language tag of its texts ({@code nl}, {@code en})
 */
public record MailToSend(UUID id, String to, String language, String subject, String body) {}
