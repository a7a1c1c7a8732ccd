package nl.maakmatch.web.it;

import static nl.maakmatch.web.it.AuthorizationMatrixIT.Expect.CONFLICT;
import static nl.maakmatch.web.it.AuthorizationMatrixIT.Expect.DENIED;
import static nl.maakmatch.web.it.AuthorizationMatrixIT.Expect.HIDDEN;
import static nl.maakmatch.web.it.AuthorizationMatrixIT.Expect.OK;
import static nl.maakmatch.web.it.AuthorizationMatrixIT.Expect.UNAUTHENTICATED;
import static nl.maakmatch.web.it.Fixtures.aMachineryPlan;
import static nl.maakmatch.web.it.Fixtures.aSmallMachineBuilder;
import static nl.maakmatch.web.it.Fixtures.freshKvk;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every endpoint that {@code /openapi} lists, called by every kind of caller with real tokens,
 * answers as this table says. An endpoint missing from the table fails the test, so a new one
 * cannot be forgotten.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationMatrixIT {

  /** Carla's fixed user id in the demo realm: an adviser of Noord-Brabant, firm A's region. */
  private static final String CARLA = "c0c0c0c0-0000-4000-8000-000000000003";

  /** The callers, with the demo user each one signs in as. */
  enum Persona {
    ANONYMOUS(null),
    FIRM_A("anna"),
    FIRM_B("bram"),
    ADVISER_NB("carla"),
    ADVISER_LI("lars"),
    FINANCIER_WITH_CONSENT("daan"),
    FINANCIER_WITHOUT("eva"),
    ADMIN("admin");

    final String user;

    Persona(String user) {
      this.user = user;
    }
  }

  /** What a caller must get: a 2xx, or the one refusal that fits. */
  enum Expect {
    OK,
    UNAUTHENTICATED,
    DENIED,
    HIDDEN,
    /** Allowed to ask, refused by the record's state (e.g. joining a firm one already acts for). */
    CONFLICT
  }

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.maakmatch();
  }

  @ArquillianResource URL deployed;

  private final Map<Persona, Http> callers = new EnumMap<>(Persona.class);

  @BeforeEach
  void signIn() {
    Http anonymous = new Http(deployed);
    for (Persona persona : Persona.values()) {
      callers.put(
          persona,
          persona.user == null ? anonymous : anonymous.as(TestKeycloak.tokenFor(persona.user)));
    }
  }

  @Test
  void everyEndpointAnswersEachCallerAsTheTableSays() {
    Map<String, Row> table = table();
    List<String> listed = endpointsInOpenApi();

    assertThat(new TreeSet<>(table.keySet()))
        .as("every endpoint in /openapi has a row, and every row an endpoint")
        .isEqualTo(new TreeSet<>(listed));

    List<String> wrong = new ArrayList<>();
    for (String endpoint : listed) {
      Row row = table.get(endpoint);
      for (Persona persona : Persona.values()) {
        Scenario scenario = row.fresh || shared == null ? newScenario() : shared;
        if (!row.fresh) {
          shared = scenario;
        }
        Http.Reply reply = row.call.call(callers.get(persona), scenario);
        Expect expected = row.expect.get(persona);
        if (!matches(expected, reply.status())) {
          wrong.add(
              endpoint
                  + " as "
                  + persona
                  + ": expected "
                  + expected
                  + ", got "
                  + reply.status()
                  + " "
                  + abbreviate(reply.body()));
        }
        if (expected != Expect.OK) {
          // the same refusal asked for in each language speaks only that language (the language,
          // not the status, is checked here, so one scenario serves every row)
          if (languageScenario == null) {
            languageScenario = newScenario();
          }
          for (String language : List.of("nl", "en")) {
            Http.Reply answer =
                row.call.call(callers.get(persona).inLanguage(language), languageScenario);
            wrong.addAll(ProblemLanguage.mistakes(endpoint + " as " + persona, answer, language));
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  /**
   * The one rule for shared plans: the financier keeps reading a plan it was shown while the plan
   * is open, and after it is funded (for its files), but not once the firm closes it.
   */
  @Test
  void aFinancierSeesASharedPlanWhileOpenAndOnceFundedButNotOnceClosed() {
    Http daan = callers.get(Persona.FINANCIER_WITH_CONSENT);
    Http anna = callers.get(Persona.FIRM_A);
    Scenario closedLater = newScenario();
    Scenario fundedLater = newScenario();
    for (Scenario s : List.of(closedLater, fundedLater)) {
      assertThat(daan.get("api/v1/deals/" + s.introducedPlan()).status()).isEqualTo(200);
    }

    anna.post(closedLater.introducedPlanPath() + "/close", "application/json", "");
    anna.post(fundedLater.introducedPlanPath() + "/funded", "application/json", "");

    assertThat(daan.get("api/v1/deals/" + closedLater.introducedPlan()).status()).isEqualTo(404);
    assertThat(daan.get("api/v1/deals/" + fundedLater.introducedPlan()).status()).isEqualTo(200);
    List<String> deals = new ArrayList<>();
    daan.get("api/v1/deals").json().forEach(d -> deals.add(d.path("id").asText()));
    assertThat(deals)
        .contains(fundedLater.introducedPlan())
        .doesNotContain(closedLater.introducedPlan());
  }

  private String newestRematch() {
    return callers
        .get(Persona.ADMIN)
        .get("api/v1/admin/rematch")
        .json()
        .path(0)
        .path("jobId")
        .asText();
  }

  private Scenario shared;
  private Scenario languageScenario;

  private static boolean matches(Expect expected, int status) {
    return switch (expected) {
      case OK -> status >= 200 && status < 300;
      case UNAUTHENTICATED -> status == 401;
      case DENIED -> status == 403;
      case HIDDEN -> status == 404;
      case CONFLICT -> status == 409;
    };
  }

  /**
   * Firm A (Noord-Brabant) with a draft plan, guidance by its ROM with editing granted, and the
   * plan shared with the bank of the financier with consent; firm B with nothing shared. Carla, the
   * adviser of Noord-Brabant, has looked at her caseload, so MaakMatch knows her as an adviser an
   * administrator may assign firm A to.
   */
  private Scenario newScenario() {
    callers.get(Persona.ADVISER_NB).get("api/v1/caseload");
    Http anna = callers.get(Persona.FIRM_A);
    Http bram = callers.get(Persona.FIRM_B);
    String firmA =
        anna.postJson("api/v1/firms", aSmallMachineBuilder(freshKvk())).json().path("id").asText();
    bram.postJson("api/v1/firms", aSmallMachineBuilder(freshKvk()));
    String plan =
        anna.postJson("api/v1/firms/" + firmA + "/plans", aMachineryPlan())
            .json()
            .path("id")
            .asText();
    anna.putJson("api/v1/firms/" + firmA + "/guidance", null, Map.of("editGranted", true));
    Organisations.ensureBank(callers.get(Persona.ADMIN), "rabobank-demo");
    String introduced =
        anna.postJson("api/v1/firms/" + firmA + "/plans", aMachineryPlan())
            .json()
            .path("id")
            .asText();
    anna.post("api/v1/firms/" + firmA + "/plans/" + introduced + "/submit", "application/json", "");
    String introduction =
        anna.postJson(
                "api/v1/firms/" + firmA + "/plans/" + introduced + "/introductions",
                Map.of(
                    "organisation",
                    "rabobank-demo",
                    "share",
                    List.of("PLAN", "FIGURES", "DOCUMENTS"),
                    "message",
                    "Graag een lening met BMKB-borgstelling."))
            .json()
            .path("id")
            .asText();
    String document =
        new Uploads(anna)
            .upload(Uploads.documentsOf(firmA, introduced), "offerte.pdf", Uploads.aPdf())
            .json()
            .path("id")
            .asText();
    Http admin = callers.get(Persona.ADMIN);
    String instrument = "matrix_" + UUID.randomUUID().toString().substring(0, 8).replace('-', '_');
    admin.postJson("api/v1/instruments", instrumentDefinition(instrument));
    return new Scenario(firmA, plan, instrument, introduced, introduction, document);
  }

  /**
   * Firm A's draft plan, a catalogue instrument, and firm A's submitted plan introduced to the bank
   * with everything shared, its quote among the plan's documents.
   */
  private record Scenario(
      String firm,
      String plan,
      String instrument,
      String introducedPlan,
      String introduction,
      String document) {

    String firmPath() {
      return "api/v1/firms/" + firm;
    }

    String planPath() {
      return firmPath() + "/plans/" + plan;
    }

    String introducedPlanPath() {
      return firmPath() + "/plans/" + introducedPlan;
    }

    String introductionPath() {
      return "api/v1/introductions/" + introduction;
    }

    String documentsPath() {
      return introducedPlanPath() + "/documents";
    }
  }

  @FunctionalInterface
  private interface Call {
    Http.Reply call(Http http, Scenario s);
  }

  /**
   * One endpoint: how to call it, and what each persona gets. {@code fresh} rows change who may see
   * the scenario's records (or use them up), so each call gets a scenario of its own.
   */
  private record Row(boolean fresh, Call call, Map<Persona, Expect> expect) {}

  private Map<String, Row> table() {
    Map<String, Row> t = new LinkedHashMap<>();
    Map<Persona, Expect> everyone = expect(OK, OK, OK, OK, OK, OK, OK, OK);
    Map<Persona, Expect> adminOnly =
        expect(UNAUTHENTICATED, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, OK);
    Map<Persona, Expect> ownerOnly =
        expect(UNAUTHENTICATED, OK, HIDDEN, DENIED, DENIED, DENIED, DENIED, DENIED);
    Map<Persona, Expect> anyFirm =
        expect(UNAUTHENTICATED, OK, OK, DENIED, DENIED, DENIED, DENIED, DENIED);
    Map<Persona, Expect> ownerOrGuide =
        expect(UNAUTHENTICATED, OK, HIDDEN, OK, HIDDEN, DENIED, DENIED, DENIED);
    Map<Persona, Expect> adviserRole =
        expect(UNAUTHENTICATED, DENIED, DENIED, OK, OK, DENIED, DENIED, DENIED);
    Map<Persona, Expect> financierRole =
        expect(UNAUTHENTICATED, DENIED, DENIED, DENIED, DENIED, OK, OK, DENIED);
    Map<Persona, Expect> consentOnly =
        expect(UNAUTHENTICATED, DENIED, DENIED, DENIED, DENIED, OK, HIDDEN, DENIED);

    t.put(
        "GET /api/v1/instruments", new Row(false, (h, s) -> h.get("api/v1/instruments"), everyone));
    t.put(
        "GET /api/v1/instruments/{id}",
        new Row(false, (h, s) -> h.get("api/v1/instruments/bmkb"), everyone));
    t.put(
        "GET /api/v1/instruments/{id}/versions",
        new Row(false, (h, s) -> h.get("api/v1/instruments/bmkb/versions"), adminOnly));
    t.put(
        "GET /api/v1/admin/audit",
        new Row(false, (h, s) -> h.get("api/v1/admin/audit?size=5"), adminOnly));
    t.put(
        "GET /api/v1/admin/rematch",
        new Row(false, (h, s) -> h.get("api/v1/admin/rematch"), adminOnly));
    // each scenario's new instrument started a run: the newest is the one to follow
    t.put(
        "GET /api/v1/admin/rematch/{jobId}",
        new Row(false, (h, s) -> h.get("api/v1/admin/rematch/" + newestRematch()), adminOnly));
    t.put(
        "POST /api/v1/admin/rematch",
        new Row(
            false,
            (h, s) -> h.postJson("api/v1/admin/rematch", Map.of("reason", "matrix")),
            adminOnly));
    t.put(
        "POST /api/v1/admin/retention",
        new Row(
            false, (h, s) -> h.post("api/v1/admin/retention", "application/json", ""), adminOnly));
    t.put(
        "POST /api/v1/instruments",
        new Row(
            false,
            (h, s) ->
                h.postJson(
                    "api/v1/instruments",
                    instrumentDefinition(
                        "matrix_"
                            + Math.abs(
                                UUID.randomUUID().getLeastSignificantBits() % 1_000_000_000L))),
            adminOnly));
    t.put(
        "PUT /api/v1/instruments/{id}",
        new Row(
            true,
            (h, s) ->
                h.putJson(
                    "api/v1/instruments/" + s.instrument(),
                    "\"v1\"",
                    instrumentDefinition(s.instrument())),
            adminOnly));
    t.put(
        "POST /api/v1/instruments/{id}/close",
        new Row(
            true,
            (h, s) ->
                send(
                    h,
                    "POST",
                    "api/v1/instruments/" + s.instrument() + "/close",
                    "\"v1\"",
                    "{\"reason\":\"test\"}"),
            adminOnly));
    // reopening needs a closed instrument: close it (v1 → v2), then reopen the closed one
    t.put(
        "POST /api/v1/instruments/{id}/reopen",
        new Row(
            true,
            (h, s) -> {
              send(
                  h,
                  "POST",
                  "api/v1/instruments/" + s.instrument() + "/close",
                  "\"v1\"",
                  "{\"reason\":\"test\"}");
              return send(
                  h,
                  "POST",
                  "api/v1/instruments/" + s.instrument() + "/reopen",
                  "\"v2\"",
                  "{\"reason\":\"test\"}");
            },
            adminOnly));
    t.put(
        "POST /api/v1/instruments/import",
        new Row(
            false,
            (h, s) -> h.post("api/v1/instruments/import", "application/yaml", "instruments: []"),
            adminOnly));
    t.put(
        "GET /api/v1/login-status",
        new Row(false, (h, s) -> h.get("api/v1/login-status"), everyone));
    t.put(
        "POST /api/v1/match/preview",
        new Row(false, (h, s) -> h.postJson("api/v1/match/preview", previewBody()), everyone));

    t.put("GET /api/v1/firms", new Row(false, (h, s) -> h.get("api/v1/firms"), anyFirm));
    t.put(
        "POST /api/v1/firms",
        new Row(
            false,
            (h, s) -> h.postJson("api/v1/firms", aSmallMachineBuilder(freshKvk())),
            anyFirm));
    t.put("GET /api/v1/firms/{id}", new Row(false, (h, s) -> h.get(s.firmPath()), ownerOrGuide));
    t.put(
        "PUT /api/v1/firms/{id}",
        new Row(
            true,
            (h, s) -> h.putJson(s.firmPath(), etagOf(s.firmPath()), firmBodyFor(s)),
            expect(UNAUTHENTICATED, OK, HIDDEN, DENIED, DENIED, DENIED, DENIED, DENIED)));
    t.put(
        "GET /api/v1/firms/{id}/history",
        new Row(false, (h, s) -> h.get(s.firmPath() + "/history"), ownerOrGuide));
    t.put(
        "PUT /api/v1/firms/{id}/guidance",
        new Row(
            false,
            (h, s) -> h.putJson(s.firmPath() + "/guidance", null, Map.of("editGranted", true)),
            ownerOnly));
    t.put(
        "DELETE /api/v1/firms/{id}/guidance",
        new Row(
            true, (h, s) -> send(h, "DELETE", s.firmPath() + "/guidance", null, null), ownerOnly));
    t.put(
        "GET /api/v1/firms/{id}/audit",
        new Row(false, (h, s) -> h.get(s.firmPath() + "/audit"), ownerOnly));
    t.put(
        "GET /api/v1/firms/{id}/export",
        new Row(false, (h, s) -> h.get(s.firmPath() + "/export"), ownerOnly));
    t.put(
        "DELETE /api/v1/firms/{id}",
        new Row(
            true,
            (h, s) -> send(h, "DELETE", s.firmPath(), null, null),
            expect(UNAUTHENTICATED, OK, HIDDEN, DENIED, DENIED, DENIED, DENIED, OK)));
    t.put(
        "POST /api/v1/firms/{id}/invitations",
        new Row(
            false,
            (h, s) -> h.post(s.firmPath() + "/invitations", "application/json", ""),
            ownerOnly));
    t.put(
        "POST /api/v1/firms/join",
        new Row(
            true,
            (h, s) -> h.postJson("api/v1/firms/join", invitationTo(s)),
            expect(UNAUTHENTICATED, CONFLICT, OK, DENIED, DENIED, DENIED, DENIED, DENIED)));
    t.put(
        "PUT /api/v1/admin/guidance/{firmId}/adviser",
        new Row(
            true,
            (h, s) ->
                h.putJson(
                    "api/v1/admin/guidance/" + s.firm() + "/adviser",
                    null,
                    Map.of("adviser", CARLA)),
            adminOnly));
    t.put("GET /api/v1/caseload", new Row(false, (h, s) -> h.get("api/v1/caseload"), adviserRole));
    // firm A is in Noord-Brabant: Carla's ROM region, not Lars's
    t.put(
        "GET /api/v1/regions/{province}/what-if",
        new Row(
            false,
            (h, s) -> h.get("api/v1/regions/NB/what-if"),
            expect(UNAUTHENTICATED, DENIED, DENIED, OK, DENIED, DENIED, DENIED, OK)));

    t.put(
        "GET /api/v1/firms/{firmId}/plans",
        new Row(false, (h, s) -> h.get(s.firmPath() + "/plans"), ownerOrGuide));
    t.put(
        "POST /api/v1/firms/{firmId}/plans",
        new Row(false, (h, s) -> h.postJson(s.firmPath() + "/plans", aMachineryPlan()), ownerOnly));
    t.put(
        "GET /api/v1/firms/{firmId}/plans/{planId}",
        new Row(false, (h, s) -> h.get(s.planPath()), ownerOrGuide));
    t.put(
        "PUT /api/v1/firms/{firmId}/plans/{planId}",
        new Row(
            true,
            (h, s) -> h.putJson(s.planPath(), "\"v1\"", aMachineryPlan()),
            expect(UNAUTHENTICATED, OK, HIDDEN, OK, HIDDEN, DENIED, DENIED, DENIED)));
    t.put(
        "POST /api/v1/firms/{firmId}/plans/{planId}/submit",
        new Row(
            true, (h, s) -> h.post(s.planPath() + "/submit", "application/json", ""), ownerOnly));
    t.put(
        "POST /api/v1/firms/{firmId}/plans/{planId}/withdraw",
        new Row(
            true, (h, s) -> h.post(s.planPath() + "/withdraw", "application/json", ""), ownerOnly));
    t.put(
        "POST /api/v1/firms/{firmId}/plans/{planId}/close",
        new Row(
            true, (h, s) -> h.post(s.planPath() + "/close", "application/json", ""), ownerOnly));
    t.put(
        "POST /api/v1/firms/{firmId}/plans/{planId}/funded",
        new Row(
            true, (h, s) -> h.post(s.planPath() + "/funded", "application/json", ""), ownerOnly));
    t.put(
        "GET /api/v1/firms/{firmId}/plans/{planId}/history",
        new Row(false, (h, s) -> h.get(s.planPath() + "/history"), ownerOrGuide));
    t.put(
        "GET /api/v1/firms/{firmId}/plans/{planId}/comments",
        new Row(false, (h, s) -> h.get(s.planPath() + "/comments"), ownerOrGuide));
    t.put(
        "POST /api/v1/firms/{firmId}/plans/{planId}/comments",
        new Row(
            false,
            (h, s) ->
                h.postJson(
                    s.planPath() + "/comments",
                    Map.of("text", "Graag de offerte van de machine toevoegen.")),
            ownerOrGuide));
    t.put(
        "GET /api/v1/firms/{firmId}/plans/{planId}/shares",
        new Row(false, (h, s) -> h.get(s.planPath() + "/shares"), ownerOnly));
    t.put(
        "POST /api/v1/firms/{firmId}/plans/{planId}/shares",
        new Row(
            false,
            (h, s) ->
                h.postJson(
                    s.introducedPlanPath() + "/shares",
                    Map.of(
                        "organisation",
                        Organisations.ensureBank(
                            callers.get(Persona.ADMIN),
                            "bank-"
                                + Math.abs(
                                    UUID.randomUUID().getMostSignificantBits() % 1_000_000)))),
            ownerOnly));
    t.put(
        "GET /api/v1/organisations",
        new Row(
            false,
            (h, s) -> h.get("api/v1/organisations"),
            expect(UNAUTHENTICATED, OK, OK, OK, OK, OK, OK, OK)));
    t.put(
        "POST /api/v1/organisations",
        new Row(
            false,
            (h, s) ->
                h.postJson(
                    "api/v1/organisations",
                    Map.of(
                        "code",
                        "org-"
                            + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L),
                        "name",
                        "Testbank",
                        "kind",
                        "BANK")),
            adminOnly));
    t.put(
        "PUT /api/v1/organisations/{code}",
        new Row(
            false,
            (h, s) -> {
              String code =
                  Organisations.ensureBank(
                      callers.get(Persona.ADMIN),
                      "org-"
                          + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L));
              // a bank registered just now is at its first version
              return h.putJson(
                  "api/v1/organisations/" + code,
                  "\"v1\"",
                  Map.of("code", code, "name", "Hernoemde bank", "kind", "BANK"));
            },
            adminOnly));
    // the bank's webhook and event log: its financier sets them, the administrator reads along
    Map<Persona, Expect> theBanksFinancier =
        expect(UNAUTHENTICATED, DENIED, DENIED, DENIED, DENIED, OK, DENIED, DENIED);
    Map<Persona, Expect> theBanksFinancierOrAdmin =
        expect(UNAUTHENTICATED, DENIED, DENIED, DENIED, DENIED, OK, DENIED, OK);
    t.put(
        "GET /api/v1/organisations/{code}/webhook",
        new Row(
            false,
            (h, s) -> {
              setTheBanksWebhook();
              return h.get(BANK_WEBHOOK);
            },
            theBanksFinancierOrAdmin));
    t.put(
        "PUT /api/v1/organisations/{code}/webhook",
        new Row(false, (h, s) -> h.putJson(BANK_WEBHOOK, null, aWebhook()), theBanksFinancier));
    t.put(
        "DELETE /api/v1/organisations/{code}/webhook",
        new Row(
            false,
            (h, s) -> {
              setTheBanksWebhook();
              return send(h, "DELETE", BANK_WEBHOOK, null, null);
            },
            theBanksFinancier));
    t.put(
        "GET /api/v1/organisations/{code}/events",
        new Row(
            false,
            (h, s) -> h.get("api/v1/organisations/rabobank-demo/events?after=0&limit=10"),
            theBanksFinancierOrAdmin));
    t.put(
        "DELETE /api/v1/firms/{firmId}/plans/{planId}/shares/{organisation}",
        new Row(
            true,
            (h, s) ->
                send(h, "DELETE", s.introducedPlanPath() + "/shares/rabobank-demo", null, null),
            ownerOnly));

    t.put(
        "POST /api/v1/plans/{planId}/match",
        new Row(
            false,
            (h, s) -> h.post("api/v1/plans/" + s.plan() + "/match", "application/json", ""),
            ownerOnly));
    t.put(
        "GET /api/v1/plans/{planId}/matches",
        new Row(false, (h, s) -> h.get("api/v1/plans/" + s.plan() + "/matches"), ownerOnly));
    t.put("GET /api/v1/deals", new Row(false, (h, s) -> h.get("api/v1/deals"), financierRole));
    t.put(
        "GET /api/v1/deals/{planId}",
        new Row(false, (h, s) -> h.get("api/v1/deals/" + s.introducedPlan()), consentOnly));
    // introductions: the other firm, the other region's adviser and the other financier do not
    // learn that one exists (404); a party that sees it but may not take the step is refused (403)
    Map<Persona, Expect> introductionParties =
        expect(UNAUTHENTICATED, OK, HIDDEN, OK, HIDDEN, OK, HIDDEN, DENIED);
    Map<Persona, Expect> firmSideOfIt =
        expect(UNAUTHENTICATED, OK, HIDDEN, OK, HIDDEN, DENIED, HIDDEN, DENIED);
    Map<Persona, Expect> ownerOfIt =
        expect(UNAUTHENTICATED, OK, HIDDEN, DENIED, HIDDEN, DENIED, HIDDEN, DENIED);
    Map<Persona, Expect> financierOfIt =
        expect(UNAUTHENTICATED, DENIED, HIDDEN, DENIED, HIDDEN, OK, HIDDEN, DENIED);
    Map<Persona, Expect> membersOfTheBank =
        expect(UNAUTHENTICATED, DENIED, DENIED, DENIED, DENIED, OK, DENIED, OK);
    Map<Persona, Expect> guidingRom =
        expect(UNAUTHENTICATED, DENIED, DENIED, OK, HIDDEN, DENIED, DENIED, DENIED);
    t.put(
        "POST /api/v1/firms/{firmId}/plans/{planId}/introductions",
        new Row(
            false,
            (h, s) ->
                h.postJson(
                    s.introducedPlanPath() + "/introductions",
                    Map.of(
                        "organisation",
                        Organisations.ensureBank(
                            callers.get(Persona.ADMIN),
                            "bank-"
                                + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000)),
                        "share",
                        List.of("PLAN"))),
            expect(UNAUTHENTICATED, OK, HIDDEN, OK, HIDDEN, DENIED, DENIED, DENIED)));
    t.put(
        "GET /api/v1/firms/{firmId}/plans/{planId}/introductions",
        new Row(false, (h, s) -> h.get(s.introducedPlanPath() + "/introductions"), ownerOrGuide));
    t.put(
        "GET /api/v1/introductions",
        new Row(
            false,
            (h, s) -> h.get("api/v1/introductions"),
            expect(UNAUTHENTICATED, OK, OK, OK, OK, OK, OK, DENIED)));
    t.put(
        "GET /api/v1/introductions/{id}",
        new Row(false, (h, s) -> h.get(s.introductionPath()), introductionParties));
    t.put(
        "POST /api/v1/introductions/{id}/messages",
        new Row(
            false,
            (h, s) ->
                h.postJson(
                    s.introductionPath() + "/messages", Map.of("text", "Is er een offerte?")),
            introductionParties));
    t.put(
        "POST /api/v1/introductions/{id}/answers",
        new Row(
            true,
            (h, s) ->
                h.postJson(
                    s.introductionPath() + "/answers",
                    Map.of("kind", "INTERESTED", "text", "Wij kijken er graag naar.")),
            financierOfIt));
    t.put(
        "POST /api/v1/introductions/{id}/decision",
        new Row(
            true,
            (h, s) -> {
              offer(s);
              return h.postJson(s.introductionPath() + "/decision", Map.of("accept", true));
            },
            ownerOfIt));
    t.put(
        "POST /api/v1/introductions/{id}/withdraw",
        new Row(
            true,
            (h, s) -> h.post(s.introductionPath() + "/withdraw", "application/json", ""),
            firmSideOfIt));
    t.put(
        "POST /api/v1/introductions/{id}/funded",
        new Row(
            true,
            (h, s) -> {
              offer(s);
              callers
                  .get(Persona.FIRM_A)
                  .postJson(s.introductionPath() + "/decision", Map.of("accept", true));
              return h.post(s.introductionPath() + "/funded", "application/json", "");
            },
            financierOfIt));
    t.put(
        "POST /api/v1/introductions/{id}/reroute",
        new Row(
            true,
            (h, s) -> {
              callers
                  .get(Persona.FINANCIER_WITH_CONSENT)
                  .postJson(
                      s.introductionPath() + "/answers",
                      Map.of("kind", "DECLINED", "reason", "TOO_SMALL"));
              return h.postJson(
                  s.introductionPath() + "/reroute",
                  Map.of(
                      "organisation",
                      Organisations.ensureBank(callers.get(Persona.ADMIN), "matrix-second-bank")));
            },
            firmSideOfIt));
    t.put(
        "GET /api/v1/firms/{firmId}/plans/{planId}/documents",
        new Row(false, (h, s) -> h.get(s.documentsPath()), introductionParties));
    t.put(
        "GET /api/v1/firms/{firmId}/plans/{planId}/documents/{documentId}",
        new Row(
            false, (h, s) -> h.get(s.documentsPath() + "/" + s.document()), introductionParties));
    Map<Persona, Expect> firmsEditors =
        expect(UNAUTHENTICATED, OK, HIDDEN, OK, HIDDEN, DENIED, DENIED, DENIED);
    t.put(
        "POST /api/v1/firms/{firmId}/plans/{planId}/documents",
        new Row(
            false,
            (h, s) -> new Uploads(h).upload(s.documentsPath(), "jaarrekening.pdf", Uploads.aPdf()),
            firmsEditors));
    t.put(
        "DELETE /api/v1/firms/{firmId}/plans/{planId}/documents/{documentId}",
        new Row(
            true,
            (h, s) -> send(h, "DELETE", s.documentsPath() + "/" + s.document(), null, null),
            firmsEditors));
    t.put(
        "GET /api/v1/notifications",
        new Row(false, (h, s) -> h.get("api/v1/notifications"), everyoneSignedIn()));
    t.put(
        "POST /api/v1/notifications/read",
        new Row(
            false,
            (h, s) -> h.post("api/v1/notifications/read", "application/json", ""),
            everyoneSignedIn()));
    // the bank's financier was told of the scenario's introduction: only he marks that one read
    t.put(
        "POST /api/v1/notifications/{id}/read",
        new Row(
            true,
            (h, s) ->
                h.post(
                    "api/v1/notifications/"
                        + firstNotificationOf(Persona.FINANCIER_WITH_CONSENT)
                        + "/read",
                    "application/json",
                    ""),
            expect(UNAUTHENTICATED, HIDDEN, HIDDEN, HIDDEN, HIDDEN, OK, HIDDEN, HIDDEN)));
    t.put(
        "GET /api/v1/organisations/{code}/statistics",
        new Row(
            false,
            (h, s) -> h.get("api/v1/organisations/rabobank-demo/statistics"),
            membersOfTheBank));
    t.put(
        "PUT /api/v1/organisations/{code}/promise",
        new Row(
            false,
            (h, s) ->
                h.putJson(
                    "api/v1/organisations/rabobank-demo/promise", null, Map.of("workingDays", 5)),
            membersOfTheBank));
    t.put(
        "GET /api/v1/regions/{province}/pipeline",
        new Row(
            false,
            (h, s) -> h.get("api/v1/regions/NB/pipeline"),
            expect(UNAUTHENTICATED, DENIED, DENIED, OK, DENIED, DENIED, DENIED, OK)));
    t.put(
        "GET /api/v1/firms/{firmId}/case-file",
        new Row(false, (h, s) -> h.get(s.firmPath() + "/case-file"), guidingRom));
    t.put(
        "POST /api/v1/firms/{firmId}/case-file/notes",
        new Row(
            false,
            (h, s) ->
                h.postJson(
                    s.firmPath() + "/case-file/notes",
                    Map.of("text", "Eerste gesprek gehad; sterke orderpositie.")),
            guidingRom));
    t.put(
        "POST /api/v1/admin/break-glass/plans/{planId}",
        new Row(
            false,
            (h, s) ->
                h.postJson(
                    "api/v1/admin/break-glass/plans/" + s.plan(),
                    Map.of("reason", "Klacht van de ondernemer onderzoeken, ticket 4711")),
            adminOnly));
    return t;
  }

  private static Map<Persona, Expect> everyoneSignedIn() {
    return expect(UNAUTHENTICATED, OK, OK, OK, OK, OK, OK, OK);
  }

  private String firstNotificationOf(Persona persona) {
    JsonNode notifications = callers.get(persona).get("api/v1/notifications").json();
    assertThat(notifications.size()).as("notifications of " + persona).isPositive();
    return notifications.get(0).path("id").asText();
  }

  /** The bank offers on the scenario's introduction. */
  private void offer(Scenario s) {
    callers
        .get(Persona.FINANCIER_WITH_CONSENT)
        .postJson(
            s.introductionPath() + "/answers",
            Map.of(
                "kind",
                "OFFER",
                "offer",
                Map.of(
                    "amountEur",
                    400_000,
                    "annualRatePercent",
                    5.5,
                    "termMonths",
                    84,
                    "validUntil",
                    LocalDate.now().plusDays(30).toString())));
  }

  private static final String BANK_WEBHOOK = "api/v1/organisations/rabobank-demo/webhook";

  /**
   * A webhook to a loopback port where nothing listens (the tests allow plain http there): its
   * deliveries fail quietly, which these rows do not look at.
   */
  private static Map<String, Object> aWebhook() {
    return Map.of("url", "http://127.0.0.1:9/matrix", "secret", "matrix-secret-0123456789");
  }

  private void setTheBanksWebhook() {
    int status =
        callers
            .get(Persona.FINANCIER_WITH_CONSENT)
            .putJson(BANK_WEBHOOK, null, aWebhook())
            .status();
    assertThat(status).as("the bank's financier sets its webhook").isBetween(200, 201);
  }

  /** A fresh invitation by firm A's owner, with firm A's KVK number. */
  private Map<String, Object> invitationTo(Scenario s) {
    Http anna = callers.get(Persona.FIRM_A);
    String code =
        anna.post(s.firmPath() + "/invitations", "application/json", "")
            .json()
            .path("code")
            .asText();
    String kvk = anna.get(s.firmPath()).json().path("kvkNumber").asText();
    return Map.of("kvkNumber", kvk, "code", code);
  }

  private String etagOf(String path) {
    return callers.get(Persona.FIRM_A).get(path).header("ETag");
  }

  private Map<String, Object> firmBodyFor(Scenario s) {
    String kvk = callers.get(Persona.FIRM_A).get(s.firmPath()).json().path("kvkNumber").asText();
    return aSmallMachineBuilder(kvk);
  }

  private static Http.Reply send(
      Http http, String method, String path, String ifMatch, String body) {
    HttpRequest.Builder request =
        http.request(path)
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return http.send(request);
  }

  static Map<String, Object> instrumentDefinition(String id) {
    Map<String, Object> definition = new LinkedHashMap<>();
    definition.put("id", id);
    definition.put("name", "Testregeling " + id);
    definition.put("operator", "Testprovincie");
    definition.put("type", List.of("loan"));
    definition.put("status", "open");
    definition.put("eligibility", Map.of("size", List.of("micro", "small", "medium")));
    definition.put("finances", List.of("machinery"));
    definition.put("amount", Map.of("min_eur", 50_000, "max_eur", 500_000));
    definition.put("source", List.of("https://example.org/" + id));
    definition.put("confidence", "confirmed");
    return definition;
  }

  static Map<String, Object> previewBody() {
    return Map.of(
        "firm",
        Map.of(
            "province",
            "NB",
            "sbiCode",
            "25.62",
            "foundedOn",
            "2012-05-01",
            "employees",
            45,
            "annualTurnoverEur",
            8_000_000,
            "balanceSheetTotalEur",
            5_000_000),
        "plan",
        Map.of(
            "purposes",
            List.of("MACHINERY"),
            "totalInvestmentEur",
            1_200_000,
            "ownContributionEur",
            200_000,
            "startsOn",
            "2027-06-01"));
  }

  /** "METHOD /path" for every operation the OpenAPI document describes. */
  private List<String> endpointsInOpenApi() {
    JsonNode openapi =
        callers
            .get(Persona.ANONYMOUS)
            .send(
                callers
                    .get(Persona.ANONYMOUS)
                    .request("openapi")
                    .header("Accept", "application/json")
                    .GET())
            .json();
    List<String> endpoints = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> paths = openapi.path("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      Iterator<String> methods = path.getValue().fieldNames();
      while (methods.hasNext()) {
        String method = methods.next();
        if (List.of("get", "put", "post", "delete", "patch").contains(method)) {
          endpoints.add(method.toUpperCase() + " " + path.getKey());
        }
      }
    }
    return endpoints;
  }

  private static Map<Persona, Expect> expect(Expect... byPersona) {
    Map<Persona, Expect> map = new EnumMap<>(Persona.class);
    for (Persona persona : Persona.values()) {
      map.put(persona, byPersona[persona.ordinal()]);
    }
    return map;
  }

  private static String abbreviate(String body) {
    return body == null || body.length() < 200 ? body : body.substring(0, 200) + "…";
  }
}
