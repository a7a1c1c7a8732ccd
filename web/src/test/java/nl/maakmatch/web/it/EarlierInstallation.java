package nl.maakmatch.web.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import nl.maakmatch.domain.schema.DatabaseMigration;
import org.flywaydb.core.Flyway;

/**
 * The database of an installation of an earlier version (schema version 10, with the data of {@code
 * installation/earlier-v10.sql}), which the application upgrades when it starts on it.
 */
final class EarlierInstallation {

  static final String SCHEMA_VERSION = "10";
  static final UUID FIRM = UUID.fromString("0ea21e10-0000-4000-8000-000000000010");
  static final UUID PLAN = UUID.fromString("0ea21e10-0000-4000-8000-000000000020");
  static final UUID MATCH = UUID.fromString("0ea21e10-0000-4000-8000-000000000030");

  private EarlierInstallation() {}

  /** Brings an empty database to the earlier version's schema and fills it as that version did. */
  static void into(DataSource database) {
    Flyway earlier =
        Flyway.configure(EarlierInstallation.class.getClassLoader())
            .configuration(DatabaseMigration.migrationsOf(database).getConfiguration())
            .target(SCHEMA_VERSION)
            .load();
    earlier.migrate();
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(script());
    } catch (SQLException e) {
      throw new IllegalStateException("could not fill the earlier installation's database", e);
    }
  }

  private static String script() {
    try (InputStream in =
        EarlierInstallation.class.getResourceAsStream("/installation/earlier-v10.sql")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
