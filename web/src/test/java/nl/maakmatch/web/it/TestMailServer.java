package nl.maakmatch.web.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives the integration tests a real mail server, as the run command has one: GreenMail with SMTP
 * on localhost:{@value #SMTP_PORT} and IMAP on localhost:{@value #IMAP_PORT}, a mailbox per demo
 * user (login = user name, password = the demo password), started once per test run. Hands the SMTP
 * settings to Payara through {@code payara.cmdOptions}, next to {@link TestDatabase}'s, with a
 * short poll interval so mail leaves the outbox within about a second. Tests read mail through
 * {@link Mailboxes}.
 */
public class TestMailServer implements LauncherSessionListener {

  static final int SMTP_PORT = 3025;
  static final int IMAP_PORT = 3143;
  static final String HOST = "127.0.0.1";

  /** The demo realm's users; each has the address {@code name@maakmatch.example}. */
  static final List<String> DEMO_USERS =
      List.of("anna", "bram", "carla", "lars", "daan", "eva", "admin", "sanne");

  private static GreenMail server;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (!Boolean.getBoolean("maakmatch.embeddedDb") || server != null) {
      return;
    }
    server =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(SMTP_PORT, HOST, ServerSetup.PROTOCOL_SMTP),
              new ServerSetup(IMAP_PORT, HOST, ServerSetup.PROTOCOL_IMAP)
            });
    start();
    // TestDatabase and TestKeycloak add their own options; the listeners run in no fixed order
    String previous = System.getProperty("payara.cmdOptions", "");
    System.setProperty(
        "payara.cmdOptions",
        (previous
                + " -Dmaakmatch.mail.smtp.host="
                + HOST
                + " -Dmaakmatch.mail.smtp.port="
                + SMTP_PORT
                + " -Dmaakmatch.mail.poll-seconds=1")
            .strip());
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  /** The running server. */
  static GreenMail server() {
    if (server == null) {
      throw new IllegalStateException("No test mail server: integration tests run with failsafe");
    }
    return server;
  }

  /** Starts the server (again) with a mailbox for each demo user: a restart forgets them. */
  static synchronized void start() {
    server.start();
    for (String user : DEMO_USERS) {
      server.setUser(user + "@maakmatch.example", user, user + "-demo");
    }
  }

  static synchronized void stop() {
    server().stop();
  }
}
