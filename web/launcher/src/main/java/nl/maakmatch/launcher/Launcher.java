package nl.maakmatch.launcher;

import fish.payara.micro.PayaraMicro;
import fish.payara.micro.PayaraMicroRuntime;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;
import nl.maakmatch.keycloak.KeycloakSettings;
import nl.maakmatch.keycloak.LocalKeycloak;
import nl.maakmatch.keycloak.OidcIssuer;

/**
 * Runs MaakMatch on this machine: Keycloak in the background (unless {@code MAAKMATCH_OIDC_ISSUER}
 * names another issuer, or {@code MAAKMATCH_KEYCLOAK=off}), an embedded PostgreSQL keeping its data
 * under the user's home (unless {@code MAAKMATCH_DB_URL} names another server), then Payara Micro
 * with the WAR, in this JVM. Ctrl-C stops all three; a run that was killed is cleaned up by the
 * next one.
 */
public final class Launcher {

  private static final Logger LOG = Logger.getLogger(Launcher.class.getName());

  private static volatile boolean stopping;

  private Launcher() {}

  public static void main(String[] args) throws Exception {
    LauncherSettings settings = LauncherSettings.fromEnvironment();
    File war = settings.war().toFile();
    if (!war.isFile()) {
      throw new IllegalStateException(
          "The WAR " + war + " is missing: build it first (mvn -DskipTests package).");
    }

    LocalKeycloak keycloak = startIdentityProvider(settings);
    LocalDatabase database = null;
    PayaraMicroRuntime payara;
    try {
      if (settings.externalDbUrl() == null) {
        database = LocalDatabase.start(settings.dataDirectory());
        database.useAsApplicationDatabase();
      } else {
        LOG.info("Using the external database " + settings.externalDbUrl());
      }
      System.setProperty("maakmatch.demo", "true");
      // a demo webhook receiver runs on this machine, without a certificate
      System.setProperty("maakmatch.webhooks.allow-http-loopback", "true");
      // with the pre-boot commands' loopback interface: the data grid is not reachable from outside
      System.setProperty("hazelcast.socket.bind.any", "false");

      Path rootDir = Files.createTempDirectory("maakmatch-payara-");
      payara =
          PayaraMicro.getInstance()
              .setHttpPort(settings.httpPort())
              .setNoCluster(true)
              .setPreBootHandler(PreBootCommands.from(settings.preBootCommands()))
              .setRootDir(rootDir.toFile())
              .addDeploymentFile(war)
              .bootStrap();
    } catch (Exception | Error e) {
      stop(null, database, keycloak);
      throw e;
    }
    // bootStrap() returns normally even when the deployment failed: check it did deploy.
    if (payara.getDeployedApplicationNames().isEmpty()) {
      stop(payara, database, keycloak);
      throw new IllegalStateException("MaakMatch did not deploy: see the log above for why.");
    }

    CountDownLatch stopped = new CountDownLatch(1);
    LocalDatabase db = database;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stop(payara, db, keycloak);
                  stopped.countDown();
                },
                "maakmatch-shutdown"));
    LOG.info(
        "MaakMatch is running on http://localhost:"
            + settings.httpPort()
            + "/ (API /api/v1/instruments, health /health/ready). Press Ctrl-C to stop."
            + (keycloak != null && !keycloak.isRunning()
                ? " Keycloak is still starting: logins work once it reports ready."
                : ""));
    stopped.await();
  }

  /**
   * Points the API's token checks (MicroProfile JWT, through system properties) at the issuer, and
   * starts the local Keycloak in the background: it takes 30-60 s (a few minutes the very first
   * time), and Payara needs it only when the first token arrives.
   *
   * @return the Keycloak being started, or null when none is started here
   */
  private static LocalKeycloak startIdentityProvider(LauncherSettings settings) {
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
    issuer.microProfileJwtProperties().forEach(System::setProperty);
    return keycloak;
  }

  private static void stop(
      PayaraMicroRuntime payara, LocalDatabase database, LocalKeycloak keycloak) {
    stopping = true;
    if (payara != null) {
      try {
        payara.shutdown();
      } catch (Exception e) {
        LOG.warning("Payara did not stop cleanly: " + e.getMessage());
      }
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
