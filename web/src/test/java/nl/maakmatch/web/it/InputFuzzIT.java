package nl.maakmatch.web.it;

import static nl.maakmatch.web.it.Fixtures.aMachineryPlan;
import static nl.maakmatch.web.it.Fixtures.aSmallMachineBuilder;
import static nl.maakmatch.web.it.Fixtures.freshClientAddress;
import static nl.maakmatch.web.it.Fixtures.freshKvk;
import static nl.maakmatch.web.it.Fixtures.withPartner;
import static nl.maakmatch.web.it.MalformedInput.Kind.AMOUNT;
import static nl.maakmatch.web.it.MalformedInput.Kind.DATE;
import static nl.maakmatch.web.it.MalformedInput.Kind.DECIMAL;
import static nl.maakmatch.web.it.MalformedInput.Kind.ENUM;
import static nl.maakmatch.web.it.MalformedInput.Kind.LIST;
import static nl.maakmatch.web.it.MalformedInput.Kind.TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hundreds of malformed or extreme bodies against every POST and PUT endpoint that takes JSON: each
 * is answered 4xx with problem+json (never 500), and none changes the database. Then hostile values
 * in every field of every write operation of the OpenAPI description, and a race for one
 * invitation.
 */
@ExtendWith(ArquillianExtension.class)
class InputFuzzIT {

  private static final Map<String, MalformedInput.Kind> FIRM_FIELDS =
      ordered(
          "kvkNumber",
          TEXT,
          "legalName",
          TEXT,
          "sbiCodes",
          LIST,
          "province",
          ENUM,
          "foundedOn",
          DATE,
          "employees",
          DECIMAL,
          "annualTurnoverEur",
          AMOUNT,
          "balanceSheetTotalEur",
          AMOUNT);

  private static final Map<String, MalformedInput.Kind> PLAN_FIELDS =
      ordered(
          "title",
          TEXT,
          "purposes",
          LIST,
          "capexLines",
          LIST,
          "ownContributionEur",
          AMOUNT,
          "startsOn",
          DATE);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.maakmatch();
  }

  @ArquillianResource URL deployed;

  @Test
  void answersEveryMalformedBodyWithA4xxProblemAndChangesNothing() throws SQLException {
    Http anna = new Http(deployed).from(freshClientAddress()).as(TestKeycloak.tokenFor("anna"));
    String firmId =
        anna.postJson("api/v1/firms", aSmallMachineBuilder(freshKvk())).json().path("id").asText();
    Http.Reply firm = anna.get("api/v1/firms/" + firmId);
    Http.Reply plan = anna.postJson("api/v1/firms/" + firmId + "/plans", aMachineryPlan());
    String planPath = "api/v1/firms/" + firmId + "/plans/" + plan.json().path("id").asText();
    Map<String, Object> validFirm = aSmallMachineBuilder(firm.json().path("kvkNumber").asText());
    Map<String, Long> before = rowCounts();

    List<Attempt> attempts = new ArrayList<>();
    for (String body : MalformedInput.variantsOf(aSmallMachineBuilder(freshKvk()), FIRM_FIELDS)) {
      attempts.add(
          new Attempt("POST firms", anna.send(json(anna.request("api/v1/firms"), "POST", body))));
    }
    for (String body : MalformedInput.variantsOf(validFirm, FIRM_FIELDS)) {
      attempts.add(
          new Attempt(
              "PUT firm",
              anna.send(
                  json(anna.request("api/v1/firms/" + firmId), "PUT", body)
                      .header("If-Match", firm.header("ETag")))));
    }
    for (String body : MalformedInput.variantsOf(aMachineryPlan(), PLAN_FIELDS)) {
      attempts.add(
          new Attempt(
              "POST plan",
              anna.send(json(anna.request("api/v1/firms/" + firmId + "/plans"), "POST", body))));
      attempts.add(
          new Attempt(
              "PUT plan",
              anna.send(
                  json(anna.request(planPath), "PUT", body)
                      .header("If-Match", plan.header("ETag")))));
    }
    for (String body : MalformedInput.BROKEN_JSON) {
      attempts.add(
          new Attempt(
              "POST preview", anna.send(json(anna.request("api/v1/match/preview"), "POST", body))));
    }

    assertThat(attempts).hasSizeGreaterThanOrEqualTo(200);
    for (Attempt attempt : attempts) {
      assertThat(attempt.reply().status())
          .as(attempt.endpoint() + " answered " + attempt.reply().body())
          .isBetween(400, 499);
      assertThat(attempt.reply().header("Content-Type"))
          .as(attempt.endpoint())
          .startsWith("application/problem+json");
    }
    assertThat(rowCounts()).isEqualTo(before);
  }

  /**
   * Every write operation the OpenAPI description lists, called by its rightful user with a hostile
   * value in each field in turn: never a 5xx, every refusal problem+json naming no internals, and a
   * refused request stores nothing. Then 2 MB bodies, and one invitation used at once by many.
   */
  @Test
  void hostileValuesInEveryFieldOfEveryWriteOperationNeverBreakTheServer() throws Exception {
    Http anonymous = new Http(deployed).from(freshClientAddress());
    Http anna = anonymous.as(TestKeycloak.tokenFor("anna"));
    Http bram = anonymous.as(TestKeycloak.tokenFor("bram"));
    Http admin = anonymous.as(TestKeycloak.tokenFor("admin"));
    String kvk = freshKvk();
    String firmPath =
        "api/v1/firms/"
            + anna.postJson("api/v1/firms", aSmallMachineBuilder(kvk)).json().path("id").asText();
    String planPath =
        firmPath
            + "/plans/"
            + anna.postJson(firmPath + "/plans", aMachineryPlan()).json().path("id").asText();
    String bank = Organisations.ensureBank(admin, "hostile-input-bank");
    anna.post(planPath + "/submit", "application/json", "");

    Map<String, Target> targets = new LinkedHashMap<>();
    // the preview is rate limited per address: after the limit its answers are 429 problems
    targets.put(
        "POST /api/v1/match/preview",
        new Target(
            anonymous,
            "POST",
            "api/v1/match/preview",
            null,
            previewOf(aSmallMachineBuilder(kvk), aMachineryPlan())));
    targets.put(
        "POST /api/v1/firms",
        new Target(
            anna, "POST", "api/v1/firms", null, withEverything(aSmallMachineBuilder(freshKvk()))));
    targets.put(
        "PUT /api/v1/firms/{id}",
        new Target(anna, "PUT", firmPath, firmPath, withEverything(aSmallMachineBuilder(kvk))));
    targets.put(
        "PUT /api/v1/firms/{id}/guidance",
        new Target(anna, "PUT", firmPath + "/guidance", null, Map.of("editGranted", true)));
    targets.put(
        "POST /api/v1/firms/join",
        new Target(
            bram,
            "POST",
            "api/v1/firms/join",
            null,
            Map.of("kvkNumber", kvk, "code", "ABCDEFGHJKLM")));
    targets.put(
        "POST /api/v1/firms/{firmId}/plans",
        new Target(anna, "POST", firmPath + "/plans", null, aMachineryPlan()));
    targets.put(
        "PUT /api/v1/firms/{firmId}/plans/{planId}",
        new Target(anna, "PUT", planPath, planPath, aMachineryPlan()));
    targets.put(
        "POST /api/v1/firms/{firmId}/plans/{planId}/comments",
        new Target(
            anna, "POST", planPath + "/comments", null, Map.of("text", "Graag een reactie")));
    targets.put(
        "POST /api/v1/firms/{firmId}/plans/{planId}/shares",
        new Target(anna, "POST", planPath + "/shares", null, Map.of("organisation", bank)));
    // a second submitted plan, introduced to the bank its financier Daan answers for
    Http daan = anonymous.as(TestKeycloak.tokenFor("daan"));
    Http carla = anonymous.as(TestKeycloak.tokenFor("carla"));
    anna.putJson(firmPath + "/guidance", null, Map.of("editGranted", true));
    String introducedPath =
        firmPath
            + "/plans/"
            + anna.postJson(firmPath + "/plans", aMachineryPlan()).json().path("id").asText();
    anna.post(introducedPath + "/submit", "application/json", "");
    Organisations.ensureBank(admin, "rabobank-demo");
    String introduction =
        "api/v1/introductions/"
            + anna.postJson(
                    introducedPath + "/introductions",
                    Map.of("organisation", "rabobank-demo", "share", List.of("PLAN")))
                .json()
                .path("id")
                .asText();
    Map<String, Object> introduce = new LinkedHashMap<>();
    introduce.put("organisation", bank);
    introduce.put("instrumentIds", List.of("bmkb"));
    introduce.put("share", List.of("PLAN", "FIGURES"));
    introduce.put("message", "Graag uw reactie");
    targets.put(
        "POST /api/v1/firms/{firmId}/plans/{planId}/introductions",
        new Target(anna, "POST", planPath + "/introductions", null, introduce));
    Map<String, Object> offer = new LinkedHashMap<>();
    offer.put("amountEur", 300_000);
    offer.put("instrumentId", "bmkb");
    offer.put("annualRatePercent", 5.5);
    offer.put("termMonths", 60);
    offer.put("conditions", "Onder voorbehoud");
    offer.put("validUntil", LocalDate.now().plusDays(20).toString());
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("kind", "OFFER");
    answer.put("text", "Ons aanbod");
    answer.put("offer", offer);
    targets.put(
        "POST /api/v1/introductions/{id}/answers",
        new Target(daan, "POST", introduction + "/answers", null, answer));
    targets.put(
        "POST /api/v1/introductions/{id}/messages",
        new Target(anna, "POST", introduction + "/messages", null, Map.of("text", "Een vraag")));
    targets.put(
        "POST /api/v1/introductions/{id}/decision",
        new Target(anna, "POST", introduction + "/decision", null, Map.of("accept", false)));
    targets.put(
        "POST /api/v1/introductions/{id}/funded",
        new Target(daan, "POST", introduction + "/funded", null, Map.of("amountEur", 300_000)));
    targets.put(
        "POST /api/v1/introductions/{id}/reroute",
        new Target(
            anna,
            "POST",
            introduction + "/reroute",
            null,
            Map.of("organisation", bank, "message", "Graag uw reactie")));
    targets.put(
        "PUT /api/v1/organisations/{code}/promise",
        new Target(
            admin,
            "PUT",
            "api/v1/organisations/" + bank + "/promise",
            null,
            Map.of("workingDays", 4)));
    targets.put(
        "PUT /api/v1/organisations/{code}/webhook",
        new Target(
            daan,
            "PUT",
            "api/v1/organisations/rabobank-demo/webhook",
            null,
            Map.of("url", "http://127.0.0.1:9/fuzz", "secret", "fuzz-secret-0123456789")));
    targets.put(
        "POST /api/v1/firms/{firmId}/case-file/notes",
        new Target(carla, "POST", firmPath + "/case-file/notes", null, Map.of("text", "Notitie")));
    targets.put(
        "POST /api/v1/organisations",
        new Target(
            admin,
            "POST",
            "api/v1/organisations",
            null,
            Map.of("code", "hostile-org", "name", "Hostile Org", "kind", "BANK")));
    targets.put(
        "PUT /api/v1/organisations/{code}",
        new Target(
            admin,
            "PUT",
            "api/v1/organisations/" + bank,
            "api/v1/organisations/" + bank,
            Map.of("code", bank, "name", "Bank", "kind", "BANK", "active", true)));
    targets.put(
        "POST /api/v1/admin/break-glass/plans/{planId}",
        new Target(
            admin,
            "POST",
            "api/v1/admin/break-glass/plans/" + planPath.substring(planPath.lastIndexOf('/') + 1),
            null,
            Map.of("reason", "Klacht van de ondernemer nagaan")));
    // valid variants join the run that is due, so the fuzzing starts at most a few runs
    targets.put(
        "POST /api/v1/admin/rematch",
        new Target(
            admin, "POST", "api/v1/admin/rematch", null, Map.of("reason", "Regeling bijgesteld")));
    targets.put(
        "PUT /api/v1/admin/guidance/{firmId}/adviser",
        new Target(
            admin,
            "PUT",
            "api/v1/admin/guidance/"
                + firmPath.substring(firmPath.lastIndexOf('/') + 1)
                + "/adviser",
            null,
            Map.of("adviser", "carla")));
    // an instrument that does not exist: the body is read and judged, nothing can be closed
    targets.put(
        "POST /api/v1/instruments/{id}/close",
        new Target(
            admin,
            "POST",
            "api/v1/instruments/hostile-unknown/close",
            "api/v1/instruments/hostile-unknown",
            Map.of("reason", "budget op")));
    targets.put(
        "POST /api/v1/instruments/{id}/reopen",
        new Target(
            admin,
            "POST",
            "api/v1/instruments/hostile-unknown/reopen",
            "api/v1/instruments/hostile-unknown",
            Map.of("reason", "budget terug")));
    targets.put(
        "POST /api/v1/instruments",
        new Target(
            admin,
            "POST",
            "api/v1/instruments",
            null,
            Map.of("id", "hostile-probe", "name", "Onvolledig instrument")));
    targets.put(
        "PUT /api/v1/instruments/{id}",
        new Target(
            admin,
            "PUT",
            "api/v1/instruments/hostile-unknown",
            "api/v1/instruments/hostile-unknown",
            Map.of("id", "hostile-unknown", "name", "Onbekend")));

    assertThat(targets.keySet()).containsAll(jsonWriteOperations(anonymous));

    List<Attempt> attempts = new ArrayList<>();
    for (Map.Entry<String, Target> entry : targets.entrySet()) {
      Target target = entry.getValue();
      for (String body : HostileInput.variantsOf(target.valid())) {
        Map<String, Long> before = rowCounts();
        Http.Reply reply = target.send(body);
        attempts.add(new Attempt(entry.getKey() + " " + abbreviated(body), reply));
        if (reply.status() >= 400) {
          assertThat(rowCounts())
              .as(entry.getKey() + " refused but stored " + abbreviated(body))
              .isEqualTo(before);
        }
      }
      String twoMegabytes = "{\"text\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
      Http.Reply huge = target.send(twoMegabytes);
      assertThat(huge.status()).as(entry.getKey() + " with 2 MB").isEqualTo(413);
      attempts.add(new Attempt(entry.getKey() + " 2 MB", huge));
    }

    assertThat(attempts).hasSizeGreaterThan(1000);
    for (Attempt attempt : attempts) {
      Http.Reply reply = attempt.reply();
      assertThat(reply.status())
          .as(attempt.endpoint() + " answered " + reply.body())
          .isLessThan(500);
      if (reply.status() >= 400) {
        assertThat(reply.header("Content-Type"))
            .as(attempt.endpoint())
            .startsWith("application/problem+json");
        assertThat(reply.body())
            .as(attempt.endpoint())
            .doesNotContainPattern(HostileInput.INTERNALS);
      }
    }
  }

  @Test
  void oneInvitationUsedAtTheSameMomentAdmitsOneAndAnswersTheRestWithAProblem() throws Exception {
    Http anna = new Http(deployed).as(TestKeycloak.tokenFor("anna"));
    String kvk = freshKvk();
    String firmPath =
        "api/v1/firms/"
            + anna.postJson("api/v1/firms", aSmallMachineBuilder(kvk)).json().path("id").asText();
    String code =
        anna.post(firmPath + "/invitations", "application/json", "").json().path("code").asText();
    Http bram = new Http(deployed).as(TestKeycloak.tokenFor("bram"));

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Http.Reply>> joins = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        joins.add(
            pool.submit(
                () -> bram.postJson("api/v1/firms/join", Map.of("kvkNumber", kvk, "code", code))));
      }
      int admitted = 0;
      for (Future<Http.Reply> join : joins) {
        Http.Reply reply = join.get();
        if (reply.status() == 200) {
          admitted++;
        } else {
          assertThat(reply.status()).as(reply.body()).isBetween(400, 499);
          assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        }
      }
      assertThat(admitted).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The preview body with every field the preview takes, nested ones included, so that each gets
   * its hostile values.
   */
  private static Map<String, Object> previewOf(Map<String, Object> firm, Map<String, Object> plan) {
    Map<String, Object> previewFirm = new LinkedHashMap<>();
    previewFirm.put("province", firm.get("province"));
    previewFirm.put("sbiCode", "25.62");
    previewFirm.put("foundedOn", firm.get("foundedOn"));
    previewFirm.put("employees", firm.get("employees"));
    previewFirm.put("annualTurnoverEur", firm.get("annualTurnoverEur"));
    previewFirm.put("balanceSheetTotalEur", firm.get("balanceSheetTotalEur"));
    previewFirm.put("startUp", false);
    previewFirm.put("linkedEnterprises", withPartner(firm, 30, 10).get("relations"));
    previewFirm.put("publicBodyOwnershipPct", 0);
    previewFirm.put("deMinimisReceivedEur", 20_000);
    previewFirm.put("firstCommercialSaleOn", "2010-01-01");
    previewFirm.put("groupDeMinimisReceivedEur", 0);
    Map<String, Object> previewPlan = new LinkedHashMap<>();
    previewPlan.put("purposes", plan.get("purposes"));
    previewPlan.put("totalInvestmentEur", 1_200_000);
    previewPlan.put("ownContributionEur", plan.get("ownContributionEur"));
    previewPlan.put("committedByOthersEur", 0);
    previewPlan.put("startsOn", plan.get("startsOn"));
    previewPlan.put("trl", 8);
    previewPlan.put("keyTechnologies", List.of("ENERGY"));
    previewPlan.put("capexLines", plan.get("capexLines"));
    return Map.of("firm", previewFirm, "plan", previewPlan);
  }

  /** A firm with a partner enterprise, de minimis aid and every optional figure stated. */
  private static Map<String, Object> withEverything(Map<String, Object> firm) {
    Map<String, Object> full = new LinkedHashMap<>(withPartner(firm, 30, 10));
    full.put(
        "deMinimisAid",
        List.of(
            Map.of(
                "amountEur",
                20_000,
                "grantedOn",
                "2025-03-01",
                "grantingBody",
                "RVO",
                "receivedByGroup",
                false)));
    full.put("startUp", false);
    full.put("firstCommercialSaleOn", "2010-01-01");
    return full;
  }

  /** "METHOD /path" of every operation in the served OpenAPI description that takes JSON. */
  private static Set<String> jsonWriteOperations(Http anonymous) {
    JsonNode paths =
        anonymous
            .send(anonymous.request("openapi").header("Accept", "application/json"))
            .json()
            .path("paths");
    Set<String> operations = new TreeSet<>();
    paths
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        operation -> {
                          if (operation
                              .getValue()
                              .path("requestBody")
                              .path("content")
                              .has("application/json")) {
                            operations.add(
                                operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
                          }
                        }));
    assertThat(operations).as("write operations in /openapi").isNotEmpty();
    return operations;
  }

  private static String abbreviated(String body) {
    return body.length() > 160 ? body.substring(0, 160) + "…" : body;
  }

  /**
   * Where a hostile body goes, for whom, and (for a versioned record) where to read its current
   * ETag, read again only after a change was accepted.
   */
  private static final class Target {
    private final Http caller;
    private final String method;
    private final String path;
    private final String etagOf;
    private final Map<String, Object> valid;
    private String etag;

    Target(Http caller, String method, String path, String etagOf, Map<String, Object> valid) {
      this.caller = caller;
      this.method = method;
      this.path = path;
      this.etagOf = etagOf;
      this.valid = valid;
    }

    Map<String, Object> valid() {
      return valid;
    }

    Http.Reply send(String body) {
      HttpRequest.Builder request = json(caller.request(path), method, body);
      if (etagOf != null) {
        if (etag == null) {
          String current = caller.get(etagOf).header("ETag");
          etag = current == null ? "\"v1\"" : current;
        }
        request.header("If-Match", etag);
      }
      Http.Reply reply = caller.send(request);
      if (reply.status() < 300) {
        etag = null;
      }
      return reply;
    }
  }

  private static HttpRequest.Builder json(HttpRequest.Builder request, String method, String body) {
    return request
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(body));
  }

  private static final List<String> TABLES =
      List.of(
          "firm",
          "firm_relation",
          "firm_member",
          "firm_invitation",
          "investment_plan",
          "plan_capex_line",
          "plan_comment",
          "introduction",
          "introduction_event",
          "case_note",
          "webhook",
          "notification",
          "mail_outbox",
          "plan_document",
          "guidance",
          "organisation",
          "record_event",
          "audit_entry",
          "plan_match",
          "instrument_version");

  private static final List<String> VERSIONED =
      List.of("firm", "investment_plan", "guidance", "organisation", "instrument", "introduction");

  /**
   * Whether the deal sweeper (every minute) has introductions to tell parties about: left
   * unanswered past their due date, or with an offer past its validity, by other test classes.
   */
  private static boolean sweeperHasWork() throws SQLException {
    return TestDatabase.scalar(
            "SELECT count(*) FROM introduction WHERE (state IN ('REQUESTED', 'SEEN')"
                + " AND due_at < now() AND overdue_noticed_at IS NULL) OR (state = 'OFFERED'"
                + " AND offer_valid_until < (now() AT TIME ZONE 'UTC')::date)")
        > 0;
  }

  /**
   * How many rows each table that input could change holds, and the versions of its records: one
   * query, so that it can run around each of a few thousand requests. Counted once no re-match run
   * is under way (a run started by a catalogue change of another test class, or by this one's valid
   * re-match requests, stores matches and notices while it lasts) and the sweeper has nothing left
   * to do.
   */
  private static Map<String, Long> rowCounts() throws SQLException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while ((TestDatabase.rematchRunning() || sweeperHasWork())
        && Instant.now().isBefore(deadline)) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    StringBuilder query = new StringBuilder("SELECT ");
    for (String table : TABLES) {
      query.append(table.equals(TABLES.get(0)) ? "" : ", ");
      query.append("(SELECT count(*) FROM ").append(table).append(")");
    }
    for (String versioned : VERSIONED) {
      query.append(", (SELECT coalesce(sum(lock_version), 0) FROM ").append(versioned).append(")");
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Statement statement = database().createStatement();
        ResultSet row = statement.executeQuery(query.toString())) {
      row.next();
      for (int i = 0; i < TABLES.size(); i++) {
        counts.put(TABLES.get(i), row.getLong(i + 1));
      }
      for (int i = 0; i < VERSIONED.size(); i++) {
        counts.put(VERSIONED.get(i) + " versions", row.getLong(TABLES.size() + i + 1));
      }
    }
    return counts;
  }

  private static Connection connection;

  private static synchronized Connection database() throws SQLException {
    if (connection == null || connection.isClosed()) {
      connection = TestDatabase.application().getConnection();
    }
    return connection;
  }

  private static Map<String, MalformedInput.Kind> ordered(Object... pairs) {
    Map<String, MalformedInput.Kind> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (MalformedInput.Kind) pairs[i + 1]);
    }
    return map;
  }

  private record Attempt(String endpoint, Http.Reply reply) {}
}
