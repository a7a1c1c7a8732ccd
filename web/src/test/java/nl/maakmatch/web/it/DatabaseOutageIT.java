package nl.maakmatch.web.it;

import static nl.maakmatch.web.it.Fixtures.aMachineryPlan;
import static nl.maakmatch.web.it.Fixtures.aSmallMachineBuilder;
import static nl.maakmatch.web.it.Fixtures.freshKvk;
import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import javax.sql.DataSource;
import nl.maakmatch.domain.schema.DatabaseMigration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readiness follows the database: DOWN while it refuses connections, UP again once it is back,
 * without restarting the application; submissions meanwhile are refused with 503 and a Retry-After,
 * and a client that retries under its Idempotency-Key ends with each plan stored once. A backup
 * made with the operator's script restores into a fresh PostgreSQL with every plan.
 */
@ExtendWith(ArquillianExtension.class)
class DatabaseOutageIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.maakmatch();
  }

  @ArquillianResource URL deployed;

  /**
   * docker/backup.sh, then docker/restore.sh into a fresh, empty PostgreSQL: every row of every
   * table is there, every plan among them, and the application's migrations find nothing left to
   * do. A backup never overwrites a file; a restore into a database that holds data is refused and
   * changes nothing.
   */
  @Test
  void aBackupRestoredIntoAFreshPostgresHoldsEveryPlan(@TempDir Path directory) throws Exception {
    Http anna = new Http(deployed).as(TestKeycloak.tokenFor("anna"));
    String firmId =
        anna.postJson("api/v1/firms", aSmallMachineBuilder(freshKvk())).json().path("id").asText();
    String planId =
        anna.postJson("api/v1/firms/" + firmId + "/plans", aMachineryPlan())
            .json()
            .path("id")
            .asText();
    Path dump = directory.resolve("maakmatch.dump");

    try (BackupRehearsal rehearsal = new BackupRehearsal()) {
      EmbeddedPostgres original = rehearsal.newServer();
      Map<String, String> snapshot = BackupRehearsal.copy(TestDatabase.application(), original);
      assertThat(snapshot.get("investment_plan")).doesNotStartWith("0 ");
      BackupRehearsal.Script backup = BackupRehearsal.run("backup.sh", original, dump);
      assertThat(backup.exit()).as(backup.output()).isZero();
      assertThat(BackupRehearsal.run("backup.sh", original, dump).exit()).isEqualTo(1);

      EmbeddedPostgres fresh = rehearsal.newServer();
      BackupRehearsal.Script restore = BackupRehearsal.run("restore.sh", fresh, dump);
      assertThat(restore.exit()).as(restore.output()).isZero();
      DataSource restored = fresh.getDatabase("postgres", BackupRehearsal.DATABASE);
      try (Connection connection = restored.getConnection();
          Statement statement = connection.createStatement()) {
        assertThat(BackupRehearsal.fingerprint(connection)).isEqualTo(snapshot);
        try (ResultSet plan =
            statement.executeQuery(
                "SELECT count(*) FROM investment_plan WHERE id = '" + planId + "'")) {
          plan.next();
          assertThat(plan.getInt(1)).isEqualTo(1);
        }
      }
      assertThat(DatabaseMigration.migrationsOf(restored).migrate().migrationsExecuted).isZero();

      BackupRehearsal.Script again = BackupRehearsal.run("restore.sh", fresh, dump);
      assertThat(again.exit()).isEqualTo(1);
      assertThat(again.output()).contains("is not empty");
      try (Connection connection = restored.getConnection()) {
        assertThat(BackupRehearsal.fingerprint(connection)).isEqualTo(snapshot);
      }
    }
  }

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

  @Test
  void aStreamOfPlanSubmissionsThroughAnOutageKeepsEveryPlanOnceAndAsksForRetriesMeanwhile()
      throws Exception {
    Http anna = new Http(deployed).as(TestKeycloak.tokenFor("anna"));
    String firmId =
        anna.postJson("api/v1/firms", aSmallMachineBuilder(freshKvk())).json().path("id").asText();
    String plans = "api/v1/firms/" + firmId + "/plans";
    int count = 30;
    Map<String, String> created = new ConcurrentHashMap<>();
    List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger refused = new AtomicInteger();
    CountDownLatch underWay = new CountDownLatch(10);
    Thread stream =
        new Thread(
            () -> {
              for (int i = 0; i < count; i++) {
                submitUntilStored(anna, plans, i, created, refused, unexpected);
                underWay.countDown();
              }
            });
    stream.start();

    assertThat(underWay.await(60, TimeUnit.SECONDS)).isTrue();
    try {
      cutOffDatabase(true);
      Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
      while (refused.get() < 3 && Instant.now().isBefore(deadline)) {
        Thread.sleep(100);
      }
    } finally {
      cutOffDatabase(false);
    }
    stream.join(Duration.ofMinutes(3).toMillis());

    assertThat(unexpected).isEmpty();
    assertThat(refused.get()).as("submissions refused while the database was away").isPositive();
    assertThat(created).hasSize(count);
    assertThat(new HashSet<>(created.values())).hasSize(count);
    try (Connection db = TestDatabase.application().getConnection();
        PreparedStatement stored =
            db.prepareStatement(
                "SELECT count(*), count(DISTINCT title) FROM investment_plan"
                    + " WHERE firm_id = ?::uuid")) {
      stored.setString(1, firmId);
      try (ResultSet row = stored.executeQuery()) {
        row.next();
        assertThat(row.getInt(1)).as("plans stored").isEqualTo(count);
        assertThat(row.getInt(2)).as("distinct plans stored").isEqualTo(count);
      }
    }
  }

  /**
   * Submits plan {@code i} under its own Idempotency-Key as a careful client does: a 503 says to
   * try again (Retry-After), so it does, with the same key, until the plan is stored.
   */
  private static void submitUntilStored(
      Http anna,
      String plans,
      int i,
      Map<String, String> created,
      AtomicInteger refused,
      List<String> unexpected) {
    String key = "outage-" + i + "-" + UUID.randomUUID();
    Map<String, Object> plan = new LinkedHashMap<>(aMachineryPlan());
    plan.put("title", "Plan " + i + " in de stroom");
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (Instant.now().isBefore(deadline)) {
      Http.Reply reply =
          anna.send(
              anna.request(plans)
                  .header("Content-Type", "application/json")
                  .header("Idempotency-Key", key)
                  .POST(HttpRequest.BodyPublishers.ofString(Http.json(plan))));
      if (reply.status() == 201) {
        created.put(key, reply.json().path("id").asText());
        return;
      }
      if (reply.status() != 503
          || reply.header("Retry-After") == null
          || !reply.header("Content-Type").startsWith("application/problem+json")) {
        unexpected.add("plan " + i + ": " + reply.status() + " " + reply.body());
        return;
      }
      refused.incrementAndGet();
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    unexpected.add("plan " + i + ": not stored within 90 s");
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
