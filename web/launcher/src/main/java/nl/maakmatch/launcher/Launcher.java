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

/**
 * Runs MaakMatch on this machine: an embedded PostgreSQL keeping its data under the user's home
 * (unless {@code MAAKMATCH_DB_URL} names another server), then Payara Micro with the WAR, in
 * this JVM. Ctrl-C stops both; a run that was killed is cleaned up by the next one.
 */
public final class Launcher {

  private static final Logger LOG = Logger.getLogger(Launcher.class.getName());

  private Launcher() {}

  public static void main(String[] args) throws Exception {
    LauncherSettings settings = LauncherSettings.fromEnvironment();
    File war = settings.war().toFile();
    if (!war.isFile()) {
      throw new IllegalStateException(
          "The WAR " + war + " is missing: build it first (mvn -DskipTests package).");
    }

    LocalDatabase database = null;
    if (settings.externalDbUrl() == null) {
      database = LocalDatabase.start(settings.dataDirectory());
      database.useAsApplicationDatabase();
    } else {
      LOG.info("Using the external database " + settings.externalDbUrl());
    }
    System.setProperty("maakmatch.demo", "true");

    PayaraMicroRuntime payara;
    try {
      Path rootDir = Files.createTempDirectory("maakmatch-payara-");
      payara =
          PayaraMicro.getInstance()
              .setHttpPort(settings.httpPort())
              .setNoCluster(true)
              .setRootDir(rootDir.toFile())
              .addDeploymentFile(war)
              .bootStrap();
    } catch (Exception | Error e) {
      if (database != null) {
        database.close();
      }
      throw e;
    }
    // bootStrap() returns normally even when the deployment failed: check it did deploy.
    if (payara.getDeployedApplicationNames().isEmpty()) {
      stop(payara, database);
      throw new IllegalStateException("MaakMatch did not deploy: see the log above for why.");
    }

    CountDownLatch stopped = new CountDownLatch(1);
    LocalDatabase db = database;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stop(payara, db);
                  stopped.countDown();
                },
                "maakmatch-shutdown"));
    LOG.info(
        "MaakMatch is running on http://localhost:"
            + settings.httpPort()
            + "/ (API /api/v1/instruments, health /health/ready). Press Ctrl-C to stop.");
    stopped.await();
  }

  private static void stop(PayaraMicroRuntime payara, LocalDatabase database) {
    try {
      payara.shutdown();
    } catch (Exception e) {
      LOG.warning("Payara did not stop cleanly: " + e.getMessage());
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
