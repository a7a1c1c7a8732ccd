package nl.maakmatch.web.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives the integration tests a real PostgreSQL: a fresh embedded server per test run, holding an
 * earlier version's installation ({@link EarlierInstallation}), or the server named by {@code
 * MAAKMATCH_TEST_DB_URL}. Runs before Arquillian sets up Payara, and hands the connection settings
 * to it through {@code payara.cmdOptions}.
 */
public class TestDatabase implements LauncherSessionListener {

  /** The anonymous preview's rate limit in the tests' server. */
  static final int PREVIEW_LIMIT_PER_MINUTE = 800;

  static final String DATABASE = "maakmatch_test";
  static final String ROLE = "maakmatch_test";
  static final String PASSWORD = "maakmatch-test";

  private static EmbeddedPostgres postgres;
  private static String jdbcUrl;
  private static String user;
  private static String password;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (!Boolean.getBoolean("maakmatch.embeddedDb") || jdbcUrl != null) {
      return;
    }
    String external = System.getenv("MAAKMATCH_TEST_DB_URL");
    if (external != null && !external.isBlank()) {
      jdbcUrl = external;
      user = System.getenv().getOrDefault("MAAKMATCH_TEST_DB_USER", ROLE);
      password = System.getenv().getOrDefault("MAAKMATCH_TEST_DB_PASSWORD", PASSWORD);
    } else {
      startEmbedded();
    }
    // TestKeycloak adds its own options; the listeners run in no guaranteed order
    String previous = System.getProperty("payara.cmdOptions", "");
    System.setProperty(
        "payara.cmdOptions",
        (previous
                + " -Dmaakmatch.db.url="
                + jdbcUrl
                + " -Dmaakmatch.db.user="
                + user
                + " -Dmaakmatch.db.password="
                + password
                + " -Dhazelcast.socket.bind.any=false"
                // the tests' webhook receiver listens on loopback, without a certificate
                + " -Dmaakmatch.webhooks.allow-http-loopback=true"
                // the tests stand in for the installation's proxy (see Http.from)
                + " -Dmaakmatch.proxy.forwarded-for=true"
                + " -Dmaakmatch.preview.requests-per-minute="
                + PREVIEW_LIMIT_PER_MINUTE)
            .strip());
    // the same Payara settings as the run command and the Docker image
    System.setProperty(
        "payara.extraMicroOptions",
        "--nocluster --prebootcommandfile " + System.getProperty("maakmatch.payara.preboot"));
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      postgres = null;
    }
  }

  private static void startEmbedded() {
    try {
      // zonky's defaults (fsync and synchronous commit off): the tests' database is thrown away
      // after the run, unlike the run command's, which commits every answered write to disk
      postgres = EmbeddedPostgres.builder().start();
      try (Connection admin = postgres.getPostgresDatabase().getConnection();
          Statement statement = admin.createStatement()) {
        statement.execute("CREATE ROLE " + ROLE + " LOGIN PASSWORD '" + PASSWORD + "'");
        statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + ROLE);
      }
      // the application starts on the database of an earlier version and upgrades it
      EarlierInstallation.into(postgres.getDatabase(ROLE, DATABASE));
      jdbcUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
      user = ROLE;
      password = PASSWORD;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException("could not prepare the test database", e);
    }
  }

  /** How the application reaches the test database, as the environment variables it reads. */
  static Map<String, String> applicationEnvironment() {
    return Map.of(
        "MAAKMATCH_DB_URL", jdbcUrl, "MAAKMATCH_DB_USER", user, "MAAKMATCH_DB_PASSWORD", password);
  }

  /** The application's test database as a superuser sees it, to check what was stored. */
  static DataSource application() {
    if (postgres == null) {
      throw new IllegalStateException("only the embedded test database can be inspected");
    }
    return postgres.getDatabase("postgres", DATABASE);
  }

  /** The one number a query of the application's test database answers, e.g. a count. */
  static long scalar(String sql) throws SQLException {
    try (Connection db = application().getConnection();
        Statement query = db.createStatement();
        ResultSet row = query.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }

  /** Whether a re-match run is under way, storing matches and notices as it goes. */
  static boolean rematchRunning() throws SQLException {
    return scalar("SELECT count(*) FROM rematch_run WHERE status = 'RUNNING'") > 0;
  }

  /** A superuser connection to the test server, for tests that simulate an outage. */
  static DataSource admin() {
    if (postgres == null) {
      throw new IllegalStateException("only the embedded test database can be administered");
    }
    return postgres.getPostgresDatabase();
  }
}
