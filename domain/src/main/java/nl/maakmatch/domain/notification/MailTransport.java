package nl.maakmatch.domain.notification;

/** Hands a mail to a mail server; {@link SmtpTransport} through Jakarta Mail. */
public interface MailTransport {

  void send(MailToSend mail) throws MailNotSent;
}
