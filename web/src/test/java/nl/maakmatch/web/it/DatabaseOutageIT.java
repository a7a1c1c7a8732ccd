package nl.maakmatch.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.function.IntPredicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Readiness follows the database: DOWN while it refuses connections, UP again once it is back,
 * without restarting the application.
 */
@ExtendWith(ArquillianExtension.class)
class DatabaseOutageIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.maakmatch();
  }

  @ArquillianResource URL deployed;

  @Test
  void reportsNotReadyWhileTheDatabaseIsGoneAndRecoversAfterwards() throws Exception {
    Http http = new Http(deployed);
    assertThat(http.get("health/ready").status()).isEqualTo(200);

    try {
      cutOffDatabase(true);
      Http.Reply down = awaitReadiness(http, status -> status == 503);
      assertThat(down.status()).isEqualTo(503);
      assertThat(down.json().path("status").asText()).isEqualTo("DOWN");
    } finally {
      cutOffDatabase(false);
    }

    Http.Reply up = awaitReadiness(http, status -> status == 200);
    assertThat(up.status()).isEqualTo(200);
    assertThat(http.get("api/v1/instruments/bmkb").status()).isEqualTo(200);
  }

  /** Refuses new connections and ends existing ones, as a crashed or unreachable server would. */
  private static void cutOffDatabase(boolean cut) throws SQLException {
    try (Connection admin = TestDatabase.admin().getConnection();
        Statement statement = admin.createStatement()) {
      statement.execute("ALTER DATABASE " + TestDatabase.DATABASE + " ALLOW_CONNECTIONS " + !cut);
      if (cut) {
        statement.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                + TestDatabase.DATABASE
                + "'");
      }
    }
  }

  private static Http.Reply awaitReadiness(Http http, IntPredicate wanted)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    Http.Reply reply = http.get("health/ready");
    while (!wanted.test(reply.status()) && Instant.now().isBefore(deadline)) {
      Thread.sleep(500);
      reply = http.get("health/ready");
    }
    return reply;
  }
}
