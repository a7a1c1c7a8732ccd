package nl.maakmatch.web.it;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The mail the deployed application sent, as the test mail server ({@link TestMailServer}) received
 * it: wait for the mails to an address, read what they say, and take the server down and up again
 * to show that an outage delays mail but fails nothing.
 *
 * <p>Waiting uses GreenMail's own wait for incoming mail (no sleeps). Mail to other addresses may
 * arrive meanwhile (tests share the server), so each wait counts only the address asked for.
 */
public final class Mailboxes {

  /** Long enough for the outbox worker (polling every second) and a loaded machine. */
  public static final Duration PATIENCE = Duration.ofSeconds(30);

  /**
   * One received mail.
   *
   * @param language its {@code Content-Language} ({@code nl}, {@code en})
   */
  public record Mail(String to, String from, String subject, String body, String language) {}

  private Mailboxes() {}

  /** Waits up to {@link #PATIENCE} until {@code count} mails to the address arrived. */
  public static List<Mail> awaitMails(String address, int count) {
    return awaitMails(address, count, PATIENCE);
  }

  /**
   * Waits until at least {@code count} mails to the address arrived, and returns all of them in the
   * order they came; fails, saying what did arrive, if they do not come within {@code patience}.
   */
  public static List<Mail> awaitMails(String address, int count, Duration patience) {
    return awaitMails(address, mail -> true, count, patience);
  }

  /**
   * Waits up to {@link #PATIENCE} until {@code count} mails to the address that are {@code about}
   * something arrived, and returns those: mails of other tests' work (a re-match, say) may come
   * meanwhile.
   */
  public static List<Mail> awaitMails(String address, Predicate<Mail> about, int count) {
    return awaitMails(address, about, count, PATIENCE);
  }

  private static List<Mail> awaitMails(
      String address, Predicate<Mail> about, int count, Duration patience) {
    GreenMail server = TestMailServer.server();
    long deadline = System.nanoTime() + patience.toNanos();
    while (true) {
      List<Mail> mails = to(address).stream().filter(about).toList();
      if (mails.size() >= count) {
        return mails;
      }
      long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
      if (left <= 0) {
        throw new AssertionError(
            "expected "
                + count
                + " mails to "
                + address
                + " within "
                + patience
                + ", got "
                + mails);
      }
      // returns as soon as any mail arrives (or time is up); then count this address's again
      server.waitForIncomingEmail(left, server.getReceivedMessages().length + 1);
    }
  }

  /** The mails to the address that have arrived so far, in the order they came. */
  public static List<Mail> to(String address) {
    // GreenMail walks a mailbox's list of messages while its SMTP threads may append to it (two
    // instances sending at once): a walk that met an arrival is simply made again
    for (int attempt = 1; ; attempt++) {
      try {
        return TestMailServer.server()
            .findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(address), m -> true)
            .map(m -> read(address, m))
            .toList();
      } catch (ConcurrentModificationException e) {
        if (attempt == 20) {
          throw e;
        }
      }
    }
  }

  /** Forgets every mail received so far (the mailboxes stay). */
  public static void clear() {
    try {
      TestMailServer.server().purgeEmailFromAllMailboxes();
    } catch (Exception e) {
      throw new IllegalStateException("could not empty the test mailboxes", e);
    }
  }

  /**
   * Takes the mail server down (SMTP and IMAP): the application's sends fail from now on. Mail
   * received so far is forgotten. Call {@link #serverUp()} afterwards: later tests need it.
   */
  public static void serverDown() {
    TestMailServer.stop();
  }

  /** Brings the mail server back, with empty mailboxes for the demo users. */
  public static void serverUp() {
    TestMailServer.start();
  }

  private static Mail read(String address, MimeMessage message) {
    try {
      String[] language = message.getHeader("Content-Language");
      return new Mail(
          address,
          message.getFrom() == null ? null : message.getFrom()[0].toString(),
          message.getSubject(),
          String.valueOf(message.getContent()),
          language == null || language.length == 0 ? null : language[0]);
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException("could not read a mail to " + address, e);
    }
  }
}
