package nl.maakmatch.domain.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before the application serves anything. Flyway owns the schema (JPA
 * generates nothing), so production, the local run and the tests share one history.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

  public static final String DATA_SOURCE = "java:app/jdbc/maakmatch";

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = DATA_SOURCE)
  private DataSource dataSource;

  private volatile boolean migrated;

  @PostConstruct
  void migrate() {
    MigrateResult result = migrationsOf(dataSource).migrate();
    migrated = true;
    LOG.info(
        () ->
            "event=schema.migrated applied="
                + result.migrationsExecuted
                + " version="
                + result.targetSchemaVersion);
  }

  /** The schema's migrations as the application applies them, for the given database. */
  public static Flyway migrationsOf(DataSource dataSource) {
    return Flyway.configure(DatabaseMigration.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .javaMigrations(
            new V2__LoadShippedCatalogue(), new V10__AddShippedInstrumentsNotYetListed())
        .load();
  }

  /** Whether the schema was brought up to date at start-up; readiness depends on it. */
  public boolean migrated() {
    return migrated;
  }
}
