package nl.maakmatch.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/** The embedded PostgreSQL of a local run, with data that survives restarts. */
final class LocalDatabase implements AutoCloseable {

  static final String DATABASE = "maakmatch";
  static final String ROLE = "maakmatch";
  // Local-only credentials: the server listens on localhost and holds demo data.
  static final String PASSWORD = "maakmatch-local";

  private static final Logger LOG = Logger.getLogger(LocalDatabase.class.getName());

  private final EmbeddedPostgres postgres;

  private LocalDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  static LocalDatabase start(Path dataDirectory) throws IOException, SQLException {
    Files.createDirectories(dataDirectory);
    stopStalePostmaster(dataDirectory);
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDirectory)
            .setCleanDataDirectory(false)
            // zonky trades durability for speed (fsync, synchronous commit and full page writes
            // off); a local run keeps real data, so every answered write is on disk
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("full_page_writes", "on")
            .setPGStartupWait(Duration.ofSeconds(30))
            .start();
    LocalDatabase database = new LocalDatabase(postgres);
    database.createRoleAndDatabaseIfMissing();
    LOG.info("PostgreSQL runs on port " + postgres.getPort() + " with data in " + dataDirectory);
    return database;
  }

  /** The application's settings that point it at this database. */
  Map<String, String> applicationSettings() {
    return Map.of(
        "maakmatch.db.url", postgres.getJdbcUrl(ROLE, DATABASE),
        "maakmatch.db.user", ROLE,
        "maakmatch.db.password", PASSWORD);
  }

  private void createRoleAndDatabaseIfMissing() throws SQLException {
    try (Connection admin = postgres.getPostgresDatabase().getConnection();
        Statement statement = admin.createStatement()) {
      if (!exists(admin, "SELECT 1 FROM pg_roles WHERE rolname = ?", ROLE)) {
        statement.execute("CREATE ROLE " + ROLE + " LOGIN PASSWORD '" + PASSWORD + "'");
      }
      if (!exists(admin, "SELECT 1 FROM pg_database WHERE datname = ?", DATABASE)) {
        statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + ROLE);
      }
    }
  }

  private static boolean exists(Connection connection, String sql, String name)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, name);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }

  /**
   * A run killed without its shutdown hook leaves its postmaster running on the data directory; a
   * second server cannot start on it, so stop the old one first.
   */
  private static void stopStalePostmaster(Path dataDirectory) throws IOException {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    Optional<ProcessHandle> stale =
        Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream()
            .findFirst()
            .map(String::trim)
            .filter(line -> line.matches("\\d+"))
            .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
            .filter(ProcessHandle::isAlive)
            .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true));
    if (stale.isEmpty()) {
      return;
    }
    ProcessHandle process = stale.get();
    LOG.info("Stopping PostgreSQL (pid " + process.pid() + ") left by a previous run");
    process.destroy();
    try {
      process.onExit().get(20, TimeUnit.SECONDS);
    } catch (Exception e) {
      process.destroyForcibly();
    }
  }

  @Override
  public void close() {
    Launcher.closeQuietly(postgres);
  }
}
