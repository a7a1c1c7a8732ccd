package nl.maakmatch.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import nl.maakmatch.keycloak.KeycloakSettings;
import nl.maakmatch.keycloak.LocalKeycloak;
import nl.maakmatch.keycloak.OidcIssuer;

/**
 * Runs MaakMatch on this machine: Keycloak in the background (unless {@code MAAKMATCH_OIDC_ISSUER}
 * names another issuer, or {@code MAAKMATCH_KEYCLOAK=off}), a mail catcher with a mailbox per demo
 * user (unless {@code MAAKMATCH_MAIL_SMTP_HOST} names a mail server, or {@code
 * MAAKMATCH_MAIL=off}), an embedded PostgreSQL keeping its data under the user's home (unless
 * {@code MAAKMATCH_DB_URL} names another server), then Payara Micro with the WAR in a JVM of its
 * own, sized for it ({@code MAAKMATCH_JAVA_OPTS}). Ctrl-C stops them all; a run that was killed is
 * cleaned up by the next one.
 */
public final class Launcher {

  private static final Logger LOG = Logger.getLogger(Launcher.class.getName());

  private static final Duration DEPLOY_TIMEOUT = Duration.ofMinutes(5);

  private static volatile boolean stopping;

  private Launcher() {}

  public static void main(String[] args) throws Exception {
    LauncherSettings settings = LauncherSettings.fromEnvironment();
    File war = settings.war().toFile();
    if (!war.isFile()) {
      throw new IllegalStateException(
          "The WAR " + war + " is missing: build it first (mvn -DskipTests package).");
    }

    PayaraProcess.stopStale();
    Map<String, String> application = new LinkedHashMap<>();
    LocalKeycloak keycloak = startIdentityProvider(settings, application);
    LocalMailCatcher mail = startMailCatcher(settings, application);
    LocalDatabase database = null;
    PayaraProcess payara = null;
    try {
      if (settings.externalDbUrl() == null) {
        database = LocalDatabase.start(settings.dataDirectory());
        application.putAll(database.applicationSettings());
      } else {
        LOG.info("Using the external database " + settings.externalDbUrl());
      }
      application.put("maakmatch.demo", "true");
      // a demo webhook receiver runs on this machine, without a certificate
      application.put("maakmatch.webhooks.allow-http-loopback", "true");
      // with the pre-boot commands' loopback interface: the data grid is not reachable from outside
      application.put("hazelcast.socket.bind.any", "false");
      payara = PayaraProcess.start(settings, application);
      payara.awaitReady(settings.httpPort(), DEPLOY_TIMEOUT);
    } catch (Exception | Error e) {
      stop(payara, database, keycloak, mail);
      throw e;
    }

    LocalDatabase db = database;
    PayaraProcess app = payara;
    Thread shutdown = new Thread(() -> stop(app, db, keycloak, mail), "maakmatch-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdown);
    LOG.info(
        "MaakMatch is running on http://localhost:"
            + settings.httpPort()
            + "/ (API /api/v1/instruments, health /health/ready). Press Ctrl-C to stop."
            + (keycloak != null && !keycloak.isRunning()
                ? " Keycloak is still starting: logins work once it reports ready."
                : ""));
    payara.awaitExit();
    if (!stopping) {
      LOG.severe("Payara Micro stopped on its own: see its log above. Stopping the rest.");
      Runtime.getRuntime().removeShutdownHook(shutdown);
      stop(null, database, keycloak, mail);
      System.exit(1);
    }
  }

  /**
   * Points the API's token checks (MicroProfile JWT, through system properties) at the issuer, and
   * starts the local Keycloak in the background: it takes 30-60 s (a few minutes the very first
   * time), and Payara needs it only when the first token arrives.
   *
   * @return the Keycloak being started, or null when none is started here
   */
  private static LocalKeycloak startIdentityProvider(
      LauncherSettings settings, Map<String, String> application) {
    OidcIssuer issuer;
    LocalKeycloak keycloak = null;
    if (settings.externalOidcIssuer() != null) {
      issuer = OidcIssuer.of(settings.externalOidcIssuer());
      LOG.info("Trusting tokens from " + issuer + " (MAAKMATCH_OIDC_ISSUER): no local Keycloak");
    } else if (!settings.localKeycloak()) {
      issuer = OidcIssuer.localKeycloak(KeycloakSettings.LOCAL_RUN_PORT);
      LOG.info("MAAKMATCH_KEYCLOAK=off: no local Keycloak; trusting tokens from " + issuer);
    } else {
      KeycloakSettings local =
          KeycloakSettings.localRun(KeycloakSettings.demoRealmFile(), settings.portalOrigin());
      issuer = local.issuer();
      keycloak = new LocalKeycloak(local);
      LocalKeycloak starting = keycloak;
      Thread background =
          new Thread(
              () -> {
                try {
                  starting.start();
                  LOG.info(
                      "Demo users: anna and bram (firms), carla and lars (advisers), daan and eva"
                          + " (financiers), admin, sanne (support); each one's password is the"
                          + " user name + \"-demo\". Keycloak's admin console: http://localhost:"
                          + local.httpPort()
                          + "/admin (user admin, password in "
                          + local.root().resolve("admin-password")
                          + ")");
                } catch (RuntimeException e) {
                  if (!stopping) {
                    LOG.severe("Keycloak did not start, so nobody can log in. " + e.getMessage());
                  }
                }
              },
              "maakmatch-keycloak");
      background.setDaemon(true);
      background.start();
    }
    application.putAll(issuer.microProfileJwtProperties());
    return keycloak;
  }

  /**
   * Starts the mail catcher (GreenMail: SMTP localhost:3025, IMAP localhost:3143) unless mail goes
   * elsewhere. A port that is taken leaves the platform running without it: mail then waits in the
   * outbox, and notifications are in the app all the same.
   *
   * @return the mail catcher, or null when none is started here
   */
  private static LocalMailCatcher startMailCatcher(
      LauncherSettings settings, Map<String, String> application) {
    if (settings.externalSmtpHost() != null) {
      LOG.info(
          "Mail goes to "
              + settings.externalSmtpHost()
              + " (MAAKMATCH_MAIL_SMTP_HOST): no local mail catcher");
      return null;
    }
    application.put("maakmatch.mail.smtp.host", "localhost");
    application.put("maakmatch.mail.smtp.port", String.valueOf(LocalMailCatcher.SMTP_PORT));
    if (!settings.localMailCatcher()) {
      LOG.info(
          "MAAKMATCH_MAIL=off: no local mail catcher; mail goes to localhost:"
              + LocalMailCatcher.SMTP_PORT);
      return null;
    }
    try {
      LocalMailCatcher catcher =
          LocalMailCatcher.start(LocalMailCatcher.SMTP_PORT, LocalMailCatcher.IMAP_PORT);
      LOG.info(
          "Mail catcher (GreenMail) on SMTP localhost:"
              + LocalMailCatcher.SMTP_PORT
              + " keeps every mail MaakMatch sends. Read a demo user's mail in any mail client:"
              + " IMAP server localhost, port "
              + LocalMailCatcher.IMAP_PORT
              + ", no encryption, user name e.g. anna, password anna-demo (address"
              + " anna@"
              + LocalMailCatcher.DEMO_DOMAIN
              + "). Mail is kept in memory until the run stops.");
      return catcher;
    } catch (RuntimeException e) {
      LOG.warning(
          "The mail catcher did not start, so mails wait in the outbox: "
              + e.getMessage()
              + " (another program on port "
              + LocalMailCatcher.SMTP_PORT
              + " or "
              + LocalMailCatcher.IMAP_PORT
              + "? MAAKMATCH_MAIL=off uses it instead)");
      return null;
    }
  }

  private static void stop(
      PayaraProcess payara, LocalDatabase database, LocalKeycloak keycloak, LocalMailCatcher mail) {
    stopping = true;
    if (payara != null) {
      payara.close();
    }
    if (mail != null) {
      mail.close();
    }
    if (keycloak != null) {
      keycloak.close();
    }
    if (database != null) {
      database.close();
    }
  }

  static void closeQuietly(EmbeddedPostgres postgres) {
    try {
      postgres.close();
    } catch (IOException e) {
      LOG.warning("PostgreSQL did not stop cleanly: " + e.getMessage());
    }
  }
}
