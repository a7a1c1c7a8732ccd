package nl.maakmatch.web.it;

import static nl.maakmatch.web.it.Fixtures.aMachineryPlan;
import static nl.maakmatch.web.it.Fixtures.aSmallMachineBuilder;
import static nl.maakmatch.web.it.Fixtures.freshKvk;
import static nl.maakmatch.web.it.MalformedInput.Kind.AMOUNT;
import static nl.maakmatch.web.it.MalformedInput.Kind.DATE;
import static nl.maakmatch.web.it.MalformedInput.Kind.DECIMAL;
import static nl.maakmatch.web.it.MalformedInput.Kind.ENUM;
import static nl.maakmatch.web.it.MalformedInput.Kind.LIST;
import static nl.maakmatch.web.it.MalformedInput.Kind.TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hundreds of malformed or extreme bodies against every POST and PUT endpoint that takes JSON:
 * each is answered 4xx with problem+json (never 500), and none changes the database.
 */
@ExtendWith(ArquillianExtension.class)
class InputFuzzIT {

  private static final Map<String, MalformedInput.Kind> FIRM_FIELDS =
      ordered(
          "kvkNumber", TEXT, "legalName", TEXT, "sbiCodes", LIST, "province", ENUM,
          "foundedOn", DATE, "employees", DECIMAL, "annualTurnoverEur", AMOUNT,
          "balanceSheetTotalEur", AMOUNT);

  private static final Map<String, MalformedInput.Kind> PLAN_FIELDS =
      ordered(
          "title", TEXT, "purposes", LIST, "capexLines", LIST, "ownContributionEur", AMOUNT,
          "startsOn", DATE);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.maakmatch();
  }

  @ArquillianResource URL deployed;

  @Test
  void answersEveryMalformedBodyWithA4xxProblemAndChangesNothing() throws SQLException {
    Http anna = new Http(deployed).as(TestKeycloak.tokenFor("anna"));
    String firmId = anna.postJson("api/v1/firms", aSmallMachineBuilder(freshKvk())).json().path("id").asText();
    Http.Reply firm = anna.get("api/v1/firms/" + firmId);
    Http.Reply plan = anna.postJson("api/v1/firms/" + firmId + "/plans", aMachineryPlan());
    String planPath = "api/v1/firms/" + firmId + "/plans/" + plan.json().path("id").asText();
    Map<String, Object> validFirm = aSmallMachineBuilder(firm.json().path("kvkNumber").asText());
    Map<String, Long> before = rowCounts();

    List<Attempt> attempts = new ArrayList<>();
    for (String body : MalformedInput.variantsOf(aSmallMachineBuilder(freshKvk()), FIRM_FIELDS)) {
      attempts.add(new Attempt("POST firms", anna.send(json(anna.request("api/v1/firms"), "POST", body))));
    }
    for (String body : MalformedInput.variantsOf(validFirm, FIRM_FIELDS)) {
      attempts.add(
          new Attempt(
              "PUT firm",
              anna.send(json(anna.request("api/v1/firms/" + firmId), "PUT", body).header("If-Match", firm.header("ETag")))));
    }
    for (String body : MalformedInput.variantsOf(aMachineryPlan(), PLAN_FIELDS)) {
      attempts.add(
          new Attempt("POST plan", anna.send(json(anna.request("api/v1/firms/" + firmId + "/plans"), "POST", body))));
      attempts.add(
          new Attempt(
              "PUT plan",
              anna.send(json(anna.request(planPath), "PUT", body).header("If-Match", plan.header("ETag")))));
    }
    for (String body : MalformedInput.BROKEN_JSON) {
      attempts.add(new Attempt("POST preview", anna.send(json(anna.request("api/v1/match/preview"), "POST", body))));
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

  private static HttpRequest.Builder json(HttpRequest.Builder request, String method, String body) {
    return request
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(body));
  }

  /** How many rows each table that input could change holds. */
  private static Map<String, Long> rowCounts() throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection db = TestDatabase.application().getConnection();
        Statement statement = db.createStatement()) {
      for (String table :
          List.of("firm", "firm_relation", "investment_plan", "plan_capex_line", "record_event", "plan_match", "instrument_version")) {
        try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
          rows.next();
          counts.put(table, rows.getLong(1));
        }
      }
      try (ResultSet rows = statement.executeQuery("SELECT coalesce(sum(lock_version), 0) FROM firm")) {
        rows.next();
        counts.put("firm versions", rows.getLong(1));
      }
      try (ResultSet rows = statement.executeQuery("SELECT coalesce(sum(lock_version), 0) FROM investment_plan")) {
        rows.next();
        counts.put("plan versions", rows.getLong(1));
      }
    }
    return counts;
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
