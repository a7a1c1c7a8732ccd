package nl.maakmatch.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import nl.maakmatch.domain.schema.DatabaseMigration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the schema is migrated and the database answers right now. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  private static final int TIMEOUT_SECONDS = 3;

  @Resource(lookup = DatabaseMigration.DATA_SOURCE)
  DataSource dataSource;

  @Inject DatabaseMigration migration;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("database");
    if (!migration.migrated()) {
      return response.down().withData("reason", "schema not migrated yet").build();
    }
    try (Connection connection = dataSource.getConnection()) {
      boolean answers = connection.isValid(TIMEOUT_SECONDS);
      return answers
          ? response.up().build()
          : response
              .down()
              .withData("reason", "no answer within " + TIMEOUT_SECONDS + " s")
              .build();
    } catch (SQLException e) {
      return response.down().withData("reason", String.valueOf(e.getMessage())).build();
    }
  }
}
