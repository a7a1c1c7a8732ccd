package nl.maakmatch.web.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Optional;
import nl.maakmatch.domain.notification.MailSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The mail settings from MicroProfile Config: defaults that reach the local mail catcher of the run
 * command (GreenMail on localhost:3025); production sets {@code MAAKMATCH_MAIL_SMTP_HOST}, {@code
 * MAAKMATCH_MAIL_SMTP_PORT}, {@code MAAKMATCH_MAIL_SMTP_USER}, {@code
 * MAAKMATCH_MAIL_SMTP_PASSWORD}, {@code MAAKMATCH_MAIL_SMTP_STARTTLS} and {@code
 * MAAKMATCH_MAIL_FROM}, or switches mail off with {@code MAAKMATCH_MAIL_ENABLED=false}.
 */
@ApplicationScoped
public class MailConfiguration {

  @Inject
  @ConfigProperty(name = "maakmatch.mail.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "maakmatch.mail.smtp.host", defaultValue = "localhost")
  String host;

  @Inject
  @ConfigProperty(name = "maakmatch.mail.smtp.port", defaultValue = "3025")
  int port;

  @Inject
  @ConfigProperty(name = "maakmatch.mail.smtp.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "maakmatch.mail.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "maakmatch.mail.smtp.starttls", defaultValue = "false")
  boolean startTls;

  @Inject
  @ConfigProperty(
      name = "maakmatch.mail.from",
      defaultValue = "MaakMatch <noreply@maakmatch.example>")
  String from;

  @Inject
  @ConfigProperty(name = "maakmatch.portal.origin", defaultValue = "http://localhost:8080")
  String portalOrigin;

  // dependent scope: a record cannot be proxied
  @Produces
  MailSettings settings() {
    return new MailSettings(enabled, host, port, from, user, password, startTls, portalOrigin);
  }
}
