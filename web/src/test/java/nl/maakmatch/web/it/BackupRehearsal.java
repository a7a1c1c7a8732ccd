package nl.maakmatch.web.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import javax.sql.DataSource;
import nl.maakmatch.domain.schema.DatabaseMigration;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Rehearses a backup and a restore of the platform's database with {@code docker/backup.sh} and
 * {@code docker/restore.sh}, as an operator runs them. Debian's pg_dump (15) refuses the tests'
 * newer server, so a snapshot of every table is first carried by COPY into a PostgreSQL 15 whose
 * schema the application's own migrations made; that server is backed up, and the backup restored
 * into a second, empty one.
 */
final class BackupRehearsal implements AutoCloseable {

  static final String DATABASE = "maakmatch";

  private final List<EmbeddedPostgres> servers = new ArrayList<>();

  /** A new PostgreSQL 15 with an empty database {@link #DATABASE}. */
  EmbeddedPostgres newServer() throws IOException, SQLException {
    EmbeddedPostgres server =
        EmbeddedPostgres.builder().setPgBinaryResolver(BackupRehearsal::binaries).start();
    servers.add(server);
    try (Connection admin = server.getPostgresDatabase().getConnection();
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + DATABASE);
    }
    return server;
  }

  /**
   * Carries one consistent snapshot of every table of {@code platform} into {@code copy}, whose
   * schema the migrations make first, and answers the snapshot's fingerprint.
   */
  static Map<String, String> copy(DataSource platform, EmbeddedPostgres copy)
      throws SQLException, IOException {
    DataSource target = copy.getDatabase("postgres", DATABASE);
    DatabaseMigration.migrationsOf(target).migrate();
    try (Connection from = platform.getConnection();
        Connection to = target.getConnection()) {
      from.setAutoCommit(false);
      from.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      from.setReadOnly(true);
      to.setAutoCommit(false);
      List<String> tables = tablesOf(from);
      try (Statement statement = to.createStatement()) {
        // rows the migrations seeded are in the snapshot too; replica mode leaves the
        // append-only and foreign-key triggers out of the carrying
        statement.execute("SET session_replication_role = replica");
        statement.execute("TRUNCATE " + String.join(", ", tables));
      }
      CopyManager out = from.unwrap(PGConnection.class).getCopyAPI();
      CopyManager in = to.unwrap(PGConnection.class).getCopyAPI();
      for (String table : tables) {
        String columns = String.join(", ", columnsOf(from, table));
        ByteArrayOutputStream rows = new ByteArrayOutputStream();
        out.copyOut("COPY " + table + " (" + columns + ") TO STDOUT", rows);
        in.copyIn(
            "COPY " + table + " (" + columns + ") FROM STDIN",
            new ByteArrayInputStream(rows.toByteArray()));
      }
      try (Statement read = from.createStatement();
          ResultSet sequences =
              read.executeQuery(
                  "SELECT sequencename, last_value FROM pg_sequences"
                      + " WHERE schemaname = 'public' AND last_value IS NOT NULL");
          Statement write = to.createStatement()) {
        while (sequences.next()) {
          write.execute(
              "SELECT setval('" + sequences.getString(1) + "', " + sequences.getLong(2) + ")");
        }
      }
      Map<String, String> snapshot = fingerprint(from);
      to.commit();
      from.commit();
      return snapshot;
    }
  }

  /**
   * Each table's rows, as a count and a digest of their text, in a fixed order: equal for two
   * databases exactly when they hold the same rows. Flyway's own history differs by server.
   */
  static Map<String, String> fingerprint(Connection connection) throws SQLException {
    Map<String, String> fingerprint = new LinkedHashMap<>();
    for (String table : tablesOf(connection)) {
      try (Statement statement = connection.createStatement();
          ResultSet rows =
              statement.executeQuery(
                  "SELECT count(*) || ' ' || coalesce(md5(string_agg(md5(r::text), ','"
                      + " ORDER BY md5(r::text))), '') FROM "
                      + table
                      + " r")) {
        rows.next();
        fingerprint.put(table, rows.getString(1));
      }
    }
    return fingerprint;
  }

  /** Runs one of the operator's scripts against {@code server}, answering its exit and output. */
  static Script run(String script, EmbeddedPostgres server, Path dump)
      throws IOException, InterruptedException {
    Path scripts = Path.of(System.getProperty("maakmatch.backup.scripts"));
    ProcessBuilder builder =
        new ProcessBuilder("bash", scripts.resolve(script).toString(), dump.toString())
            .redirectErrorStream(true);
    Map<String, String> environment = builder.environment();
    environment.put("PGHOST", "localhost");
    environment.put("PGPORT", String.valueOf(server.getPort()));
    environment.put("PGUSER", "postgres");
    environment.put("PGDATABASE", DATABASE);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException(script + " did not finish: " + output);
    }
    return new Script(process.exitValue(), output);
  }

  record Script(int exit, String output) {}

  @Override
  public void close() throws IOException {
    for (EmbeddedPostgres server : servers) {
      server.close();
    }
  }

  private static List<String> tablesOf(Connection connection) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                    + " AND tablename <> 'flyway_schema_history' ORDER BY tablename")) {
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
    }
    return tables;
  }

  private static List<String> columnsOf(Connection connection, String table) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public'"
                    + " AND table_name = '"
                    + table
                    + "' AND is_generated = 'NEVER' ORDER BY ordinal_position")) {
      while (rows.next()) {
        columns.add('"' + rows.getString(1) + '"');
      }
    }
    return columns;
  }

  /** The PostgreSQL 15 binaries the build put beside the tests (see web/pom.xml). */
  private static InputStream binaries(String system, String hardware) throws IOException {
    try (JarFile jar = new JarFile(System.getProperty("maakmatch.backup.postgres"))) {
      ZipEntry entry =
          jar.stream()
              .filter(candidate -> candidate.getName().endsWith(".txz"))
              .findFirst()
              .orElseThrow(() -> new IOException("no PostgreSQL binaries in " + jar.getName()));
      try (InputStream in = jar.getInputStream(entry)) {
        return new ByteArrayInputStream(in.readAllBytes());
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
