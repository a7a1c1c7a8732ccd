package nl.maakmatch.domain.notification;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;

/**
 * Sends mail to the configured SMTP server through Jakarta Mail (Payara Micro bundles Angus Mail,
 * its implementation). Plain text in UTF-8, marked as sent automatically so that mail servers send
 * no out-of-office replies back. Waits at most {@link #TIMEOUT_MILLIS} for the server at each step,
 * so a server that hangs holds the worker up briefly.
 */
@ApplicationScoped
public class SmtpTransport implements MailTransport {

  static final int TIMEOUT_MILLIS = 10_000;

  @Inject MailSettings settings;
  @Inject Clock clock;

  private Session session;
  private InternetAddress from;

  /** For CDI. */
  public SmtpTransport() {}

  /** Outside a container (tests). */
  public SmtpTransport(MailSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    init();
  }

  @PostConstruct
  void init() {
    try {
      from = new InternetAddress(settings.from(), true);
    } catch (AddressException e) {
      throw new IllegalStateException(
          "maakmatch.mail.from is not a mail address: " + settings.from(), e);
    }
    session = Session.getInstance(properties(settings));
  }

  static Properties properties(MailSettings settings) {
    Properties properties = new Properties();
    properties.put("mail.transport.protocol", "smtp");
    properties.put("mail.smtp.host", settings.host());
    properties.put("mail.smtp.port", String.valueOf(settings.port()));
    properties.put("mail.smtp.connectiontimeout", String.valueOf(TIMEOUT_MILLIS));
    properties.put("mail.smtp.timeout", String.valueOf(TIMEOUT_MILLIS));
    properties.put("mail.smtp.writetimeout", String.valueOf(TIMEOUT_MILLIS));
    properties.put("mail.smtp.auth", String.valueOf(settings.user().isPresent()));
    if (settings.startTls()) {
      properties.put("mail.smtp.starttls.enable", "true");
      properties.put("mail.smtp.starttls.required", "true");
    }
    return properties;
  }

  @Override
  public void send(MailToSend mail) throws MailNotSent {
    MimeMessage message;
    try {
      message = new MimeMessage(session);
      message.setFrom(from);
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
      message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
      message.setText(mail.body(), StandardCharsets.UTF_8.name());
      message.setSentDate(Date.from(clock.instant()));
      message.setHeader("Content-Language", mail.language());
      // RFC 3834: no auto-replies to a notification
      message.setHeader("Auto-Submitted", "auto-generated");
    } catch (AddressException e) {
      throw new MailNotSent(MailNotSent.Cause.INVALID_ADDRESS, e.getMessage(), e);
    } catch (MessagingException e) {
      throw new MailNotSent(MailNotSent.Cause.REJECTED, e.getMessage(), e);
    }
    try {
      if (settings.user().isPresent()) {
        Transport.send(message, settings.user().get(), settings.password().orElse(""));
      } else {
        Transport.send(message);
      }
    } catch (SendFailedException e) {
      // the server took the session but not this mail (its address, its content, for now)
      throw new MailNotSent(MailNotSent.Cause.REJECTED, e.getMessage(), e);
    } catch (MessagingException e) {
      throw new MailNotSent(MailNotSent.Cause.SERVER_UNAVAILABLE, reason(e), e);
    }
  }

  /** The deepest cause says what happened ("Connection refused"), the top what was tried. */
  private static String reason(MessagingException e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root == e ? e.getMessage() : e.getMessage() + " (" + root.getMessage() + ")";
  }
}
