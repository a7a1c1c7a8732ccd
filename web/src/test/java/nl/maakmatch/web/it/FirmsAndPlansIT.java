package nl.maakmatch.web.it;

import static nl.maakmatch.web.it.Fixtures.aMachineryPlan;
import static nl.maakmatch.web.it.Fixtures.aSmallMachineBuilder;
import static nl.maakmatch.web.it.Fixtures.freshKvk;
import static nl.maakmatch.web.it.Fixtures.with;
import static nl.maakmatch.web.it.Fixtures.withLinked;
import static nl.maakmatch.web.it.Fixtures.withPartner;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A firm owner registers the firm, writes a plan, submits, matches and withdraws it. */
@ExtendWith(ArquillianExtension.class)
class FirmsAndPlansIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.maakmatch();
  }

  /** Fixed user ids of the demo realm. */
  private static final String ANNA = "a0a0a0a0-0000-4000-8000-000000000001";

  private static final String BRAM = "b0b0b0b0-0000-4000-8000-000000000002";

  private static final String CARLA = "c0c0c0c0-0000-4000-8000-000000000003";
  private static final String LARS = "d0d0d0d0-0000-4000-8000-000000000004";

  @ArquillianResource URL deployed;

  private Http anna;
  private Http bram;

  @BeforeEach
  void signIn() {
    Http http = new Http(deployed);
    anna = http.as(TestKeycloak.tokenFor("anna"));
    bram = http.as(TestKeycloak.tokenFor("bram"));
  }

  @Test
  void registersAFirmThatBelongsToItsOwnerWithADerivedSizeClass() {
    Http.Reply created = anna.postJson("api/v1/firms", aSmallMachineBuilder(freshKvk()));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location")).contains("/api/v1/firms/");
    assertThat(created.header("ETag")).isEqualTo("\"v1\"");
    assertThat(created.json().path("sizeClass").asText()).isEqualTo("SMALL");
    assertThat(created.json().path("manufacturing").asBoolean()).isTrue();

    String id = created.json().path("id").asText();
    assertThat(anna.get("api/v1/firms/" + id).status()).isEqualTo(200);
    assertThat(bram.get("api/v1/firms/" + id).status()).isEqualTo(404);
  }

  @Test
  void countsAPartnersShareAndALinkedEnterpriseInFull() {
    // 30 own staff + 40% of 100 = 70: medium
    JsonNode partner =
        anna.postJson("api/v1/firms", withPartner(aSmallMachineBuilder(freshKvk()), 40, 100))
            .json();
    assertThat(partner.path("sizeClass").asText()).isEqualTo("MEDIUM");
    assertThat(partner.path("sizeClassReasoning").asText()).contains("70");

    // 30 own staff + all 300 of a linked parent: large
    JsonNode linked =
        anna.postJson("api/v1/firms", withLinked(aSmallMachineBuilder(freshKvk()), 300)).json();
    assertThat(linked.path("sizeClass").asText()).isEqualTo("LARGE");
  }

  @Test
  void aFirmQuarterOwnedByPublicBodiesIsNoSme() {
    JsonNode firm =
        anna.postJson(
                "api/v1/firms",
                with(aSmallMachineBuilder(freshKvk()), "publicBodyOwnershipPct", 25))
            .json();

    assertThat(firm.path("sizeClass").asText()).isEqualTo("LARGE");
  }

  @Test
  void turnsASecondRegistrationOfAKvkNumberIntoAJoinRequestThatRevealsNothingOfTheFirm() {
    String kvk = freshKvk();
    Http.Reply registered = anna.postJson("api/v1/firms", aSmallMachineBuilder(kvk));
    assertThat(registered.status()).isEqualTo(201);
    String firm = registered.json().path("id").asText();

    Http.Reply again = bram.postJson("api/v1/firms", aSmallMachineBuilder(kvk));

    assertThat(again.status()).as(again.body()).isEqualTo(202);
    assertThat(again.header("Location")).isNull();
    List<String> fields = new ArrayList<>();
    again.json().fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactlyInAnyOrder("status", "message");
    assertThat(again.json().path("status").asText()).isEqualTo("JOIN_REQUESTED");
    assertThat(again.json().path("message").asText())
        .contains("eigenaar van het bedrijf")
        .doesNotContain(kvk, firm);
    assertThat(bram.get("api/v1/firms").body()).doesNotContain(firm);
    List<String> requesters = new ArrayList<>();
    anna.get("api/v1/firms/" + firm + "/audit")
        .json()
        .forEach(
            a -> {
              if (a.path("action").asText().equals("JoinRequested")) {
                requesters.add(a.path("detail").asText());
              }
            });
    assertThat(requesters).containsExactly(BRAM);
  }

  @Test
  void namesEachInvalidFieldInDutchOrInEnglish() {
    Map<String, Object> bad =
        with(with(aSmallMachineBuilder("1234"), "province", null), "sbiCodes", List.of("2562"));

    Http.Reply dutch = anna.postJson("api/v1/firms", bad);
    Http.Reply english =
        anna.send(
            anna.request("api/v1/firms")
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(Http.json(bad))));

    assertThat(dutch.status()).isEqualTo(400);
    assertThat(fields(dutch)).contains("kvkNumber", "province", "sbiCodes[0]");
    assertThat(reasonFor(dutch, "province")).isEqualTo("is verplicht");
    assertThat(reasonFor(english, "province")).isEqualTo("is required");
  }

  @Test
  void refusesAStaleEditAndKeepsTheNewerOne() {
    Http.Reply created = anna.postJson("api/v1/firms", aSmallMachineBuilder(freshKvk()));
    String id = created.json().path("id").asText();
    Map<String, Object> body = aSmallMachineBuilder(created.json().path("kvkNumber").asText());

    Http.Reply first = anna.putJson("api/v1/firms/" + id, "\"v1\"", with(body, "employees", 35));
    Http.Reply stale = anna.putJson("api/v1/firms/" + id, "\"v1\"", with(body, "employees", 99));
    Http.Reply blind = anna.putJson("api/v1/firms/" + id, null, with(body, "employees", 99));

    assertThat(first.status()).isEqualTo(200);
    assertThat(first.header("ETag")).isEqualTo("\"v2\"");
    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
    assertThat(blind.status()).isEqualTo(428);
    assertThat(anna.get("api/v1/firms/" + id).json().path("employees").asInt()).isEqualTo(35);
  }

  @Test
  void takesAPlanFromDraftToSubmittedToWithdrawnAndKeepsItsHistory() {
    String firm =
        anna.postJson("api/v1/firms", aSmallMachineBuilder(freshKvk())).json().path("id").asText();
    Http.Reply drafted = anna.postJson("api/v1/firms/" + firm + "/plans", aMachineryPlan());
    assertThat(drafted.status()).isEqualTo(201);
    assertThat(drafted.json().path("totalInvestmentEur").asLong()).isEqualTo(1_200_000);
    assertThat(drafted.json().path("financingNeedEur").asLong()).isEqualTo(1_000_000);
    String plan = "api/v1/firms/" + firm + "/plans/" + drafted.json().path("id").asText();

    Http.Reply submitted = anna.post(plan + "/submit", "application/json", "");
    Http.Reply twice = anna.post(plan + "/submit", "application/json", "");
    Http.Reply withdrawn = anna.post(plan + "/withdraw", "application/json", "");
    Http.Reply afterwards = anna.putJson(plan, withdrawn.header("ETag"), aMachineryPlan());

    assertThat(submitted.json().path("status").asText()).isEqualTo("SUBMITTED");
    assertThat(twice.status()).isEqualTo(409);
    assertThat(withdrawn.json().path("status").asText()).isEqualTo("WITHDRAWN");
    assertThat(afterwards.status()).isEqualTo(409);
    assertThat(anna.get(plan).json().path("status").asText()).isEqualTo("WITHDRAWN");
    List<String> events = new ArrayList<>();
    anna.get(plan + "/history").json().forEach(e -> events.add(e.path("event").asText()));
    assertThat(events).containsExactly("PlanDrafted", "PlanSubmitted", "PlanWithdrawn");
    assertThat(bram.get(plan).status()).isEqualTo(404);
  }

  @Test
  void refusesAPlanWhoseContributionsExceedItsLines() {
    String firm =
        anna.postJson("api/v1/firms", aSmallMachineBuilder(freshKvk())).json().path("id").asText();

    Http.Reply reply =
        anna.postJson(
            "api/v1/firms/" + firm + "/plans",
            with(aMachineryPlan(), "ownContributionEur", 1_300_000));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(fields(reply)).containsExactly("ownContributionEur");
  }

  @Test
  void namesTheCapexLineThatIsWrong() {
    String firm =
        anna.postJson("api/v1/firms", aSmallMachineBuilder(freshKvk())).json().path("id").asText();
    Map<String, Object> plan = aMachineryPlan();
    List<Object> lines = new ArrayList<>((List<?>) plan.get("capexLines"));
    lines.set(
        1,
        Map.of(
            "description",
            "Robot",
            "category",
            "EQUIPMENT",
            "amountEur",
            -5,
            "year",
            2027,
            "economicLifeYears",
            8));

    Http.Reply reply =
        anna.postJson("api/v1/firms/" + firm + "/plans", with(plan, "capexLines", lines));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(fields(reply)).containsExactly("capexLines[1].amountEur");
  }

  @Test
  void aRetriedCreationWithTheSameIdempotencyKeyReturnsThePlanItCreatedOnce() {
    String firm =
        anna.postJson("api/v1/firms", aSmallMachineBuilder(freshKvk())).json().path("id").asText();
    String plans = "api/v1/firms/" + firm + "/plans";
    String key = UUID.randomUUID().toString();

    Http.Reply first = draftWithKey(plans, key, aMachineryPlan());
    Http.Reply retry = draftWithKey(plans, key, aMachineryPlan());

    assertThat(first.status()).isEqualTo(201);
    assertThat(first.header("Idempotent-Replayed")).isNull();
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(retry.json().path("id").asText()).isEqualTo(first.json().path("id").asText());
    assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
    assertThat(anna.get(plans).json().size()).isEqualTo(1);

    Http.Reply otherPlan = draftWithKey(plans, key, with(aMachineryPlan(), "title", "Robotcel"));
    assertThat(otherPlan.status()).isEqualTo(422);
    assertThat(otherPlan.json().path("type").asText()).endsWith("/idempotency-key-reused");
    Http.Reply badKey = draftWithKey(plans, "twee woorden", aMachineryPlan());
    assertThat(badKey.status()).isEqualTo(400);
    assertThat(fields(badKey)).containsExactly("Idempotency-Key");
    assertThat(anna.get(plans).json().size()).isEqualTo(1);
  }

  private Http.Reply draftWithKey(String plans, String key, Object plan) {
    return anna.send(
        anna.request(plans)
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", key)
            .POST(HttpRequest.BodyPublishers.ofString(Http.json(plan))));
  }

  @Test
  void matchesAStoredPlanAndKeepsTheResultWithTheVersionsItUsed() {
    String firm =
        anna.postJson("api/v1/firms", aSmallMachineBuilder(freshKvk())).json().path("id").asText();
    String planId =
        anna.postJson("api/v1/firms/" + firm + "/plans", aMachineryPlan())
            .json()
            .path("id")
            .asText();
    anna.post("api/v1/firms/" + firm + "/plans/" + planId + "/submit", "application/json", "");

    Http.Reply match = anna.post("api/v1/plans/" + planId + "/match", "application/json", "");

    assertThat(match.status()).isEqualTo(200);
    assertThat(match.json().path("matchId").asText()).isNotBlank();
    assertThat(match.json().path("instrumentVersions").path("bmkb").asInt()).isEqualTo(1);
    assertThat(match.json().path("instruments").size()).isGreaterThan(30);
    JsonNode stored = anna.get("api/v1/plans/" + planId + "/matches").json();
    assertThat(stored.size()).isEqualTo(1);
    assertThat(stored.get(0).path("catalogueVersion").asText())
        .isEqualTo(match.json().path("catalogueVersion").asText());

    // nothing changed: the kept match is returned, not stored again; other options are a new one
    Http.Reply again = anna.post("api/v1/plans/" + planId + "/match", "application/json", "");
    assertThat(again.json().path("matchId").asText())
        .isEqualTo(match.json().path("matchId").asText());
    assertThat(OffsetDateTime.parse(again.json().path("computedAt").asText()).toInstant())
        .isEqualTo(OffsetDateTime.parse(match.json().path("computedAt").asText()).toInstant());
    Http.Reply withProposals =
        anna.post("api/v1/plans/" + planId + "/match?includeProposed=true", "application/json", "");
    assertThat(withProposals.json().path("matchId").asText())
        .isNotEqualTo(match.json().path("matchId").asText());
    assertThat(anna.get("api/v1/plans/" + planId + "/matches").json().size()).isEqualTo(2);
    assertThat(anna.get("api/v1/firms/" + firm + "/plans/" + planId).json().path("status").asText())
        .isEqualTo("MATCHED");
    assertThat(bram.post("api/v1/plans/" + planId + "/match", "application/json", "").status())
        .isEqualTo(404);
  }

  @Test
  void showsAPlanToAFinancierOnlyWhileTheFirmConsentsAndAuditsEachRead() {
    Http daan = new Http(deployed).as(TestKeycloak.tokenFor("daan"));
    Http eva = new Http(deployed).as(TestKeycloak.tokenFor("eva"));
    String firm =
        anna.postJson("api/v1/firms", aSmallMachineBuilder(freshKvk())).json().path("id").asText();
    String planId =
        anna.postJson("api/v1/firms/" + firm + "/plans", aMachineryPlan())
            .json()
            .path("id")
            .asText();
    String plan = "api/v1/firms/" + firm + "/plans/" + planId;
    anna.post(plan + "/submit", "application/json", "");
    assertThat(daan.get("api/v1/deals/" + planId).status()).isEqualTo(404);

    Http.Reply unknown = anna.postJson(plan + "/shares", Map.of("organisation", "no-such-bank"));
    Organisations.ensureBank(
        new Http(deployed).as(TestKeycloak.tokenFor("admin")), "rabobank-demo");
    Http.Reply shared = anna.postJson(plan + "/shares", Map.of("organisation", "rabobank-demo"));
    Http.Reply seen = daan.get("api/v1/deals/" + planId);
    Http.Reply notEva = eva.get("api/v1/deals/" + planId);
    Http.Reply withdrawn = anna.send(anna.request(plan + "/shares/rabobank-demo").DELETE());
    Http.Reply afterwards = daan.get("api/v1/deals/" + planId);

    assertThat(unknown.status()).isEqualTo(422);
    assertThat(shared.status()).isEqualTo(201);
    assertThat(anna.get(plan).json().path("status").asText()).isEqualTo("SHARED");
    assertThat(seen.status()).isEqualTo(200);
    assertThat(seen.json().path("title").asText()).isEqualTo("Nieuwe CNC-freeslijn");
    assertThat(notEva.status()).isEqualTo(404);
    assertThat(withdrawn.status()).isEqualTo(204);
    assertThat(afterwards.status()).isEqualTo(404);
    List<String> readers = new ArrayList<>();
    anna.get("api/v1/firms/" + firm + "/audit")
        .json()
        .forEach(
            a -> {
              if (a.path("action").asText().equals("PlanRead")) {
                readers.add(a.path("actorRoles").asText());
              }
            });
    assertThat(readers).containsExactly("financier");
  }

  @Test
  void letsASecondUserJoinOnlyWithTheOwnersInvitation() {
    String kvk = freshKvk();
    String firm =
        anna.postJson("api/v1/firms", aSmallMachineBuilder(kvk)).json().path("id").asText();
    anna.postJson("api/v1/firms/" + firm + "/plans", aMachineryPlan());

    Http.Reply withoutInvitation =
        bram.postJson("api/v1/firms/join", Map.of("kvkNumber", kvk, "code", "ABCDEFGHJKLM"));
    String code =
        anna.post("api/v1/firms/" + firm + "/invitations", "application/json", "")
            .json()
            .path("code")
            .asText();
    Http.Reply wrongFirm =
        bram.postJson("api/v1/firms/join", Map.of("kvkNumber", freshKvk(), "code", code));
    Http.Reply joined = bram.postJson("api/v1/firms/join", Map.of("kvkNumber", kvk, "code", code));
    Http.Reply reused = bram.postJson("api/v1/firms/join", Map.of("kvkNumber", kvk, "code", code));

    assertThat(withoutInvitation.status()).isEqualTo(422);
    assertThat(wrongFirm.status()).isEqualTo(422);
    assertThat(joined.status()).as(joined.body()).isEqualTo(200);
    assertThat(reused.status()).isEqualTo(422);
    assertThat(bram.get("api/v1/firms/" + firm).status()).isEqualTo(200);
    assertThat(bram.get("api/v1/firms/" + firm + "/plans").json().size()).isEqualTo(1);
    List<String> actions = new ArrayList<>();
    anna.get("api/v1/firms/" + firm + "/audit")
        .json()
        .forEach(a -> actions.add(a.path("action").asText()));
    assertThat(actions).contains("MemberInvited", "MemberJoined");
  }

  @Test
  void assignsAFirmsGuidanceOnlyToAKnownAdviserOfItsRegion() {
    Http http = new Http(deployed);
    Http admin = http.as(TestKeycloak.tokenFor("admin"));
    // advisers become known to MaakMatch by calling it
    http.as(TestKeycloak.tokenFor("carla")).get("api/v1/caseload");
    http.as(TestKeycloak.tokenFor("lars")).get("api/v1/caseload");
    String firm =
        anna.postJson("api/v1/firms", aSmallMachineBuilder(freshKvk())).json().path("id").asText();
    anna.putJson("api/v1/firms/" + firm + "/guidance", null, Map.of("editGranted", false));
    String assignment = "api/v1/admin/guidance/" + firm + "/adviser";

    Http.Reply larsOfLimburg = admin.putJson(assignment, null, Map.of("adviser", LARS));
    Http.Reply firmUser = admin.putJson(assignment, null, Map.of("adviser", ANNA));
    Http.Reply hostile = admin.putJson(assignment, null, Map.of("adviser", "{{7*7}}"));
    Http.Reply carlaOfNoordBrabant = admin.putJson(assignment, null, Map.of("adviser", CARLA));

    assertThat(larsOfLimburg.status()).isEqualTo(422);
    assertThat(larsOfLimburg.json().path("type").asText()).endsWith("/adviser-of-another-region");
    assertThat(firmUser.status()).isEqualTo(422);
    assertThat(firmUser.json().path("type").asText()).endsWith("/unknown-adviser");
    assertThat(hostile.status()).isEqualTo(422);
    assertThat(hostile.json().path("type").asText()).endsWith("/unknown-adviser");
    assertThat(hostile.json().path("detail").asText()).doesNotContain("{{7*7}}");
    assertThat(carlaOfNoordBrabant.status()).as(carlaOfNoordBrabant.body()).isEqualTo(200);
    List<String> assigned = new ArrayList<>();
    anna.get("api/v1/firms/" + firm + "/audit")
        .json()
        .forEach(
            a -> {
              if (a.path("action").asText().equals("AdviserAssigned")) {
                assigned.add(a.path("detail").asText());
              }
            });
    assertThat(assigned).containsExactly(CARLA);
  }

  @Test
  void refusesCallersWithoutATokenOrWithTheWrongRole() {
    Http anonymous = new Http(deployed);
    Http adviser = anonymous.as(TestKeycloak.tokenFor("carla"));

    assertThat(anonymous.get("api/v1/firms").status()).isEqualTo(401);
    assertThat(adviser.postJson("api/v1/firms", aSmallMachineBuilder(freshKvk())).status())
        .isEqualTo(403);
  }

  private static List<String> fields(Http.Reply reply) {
    List<String> fields = new ArrayList<>();
    reply.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
    return fields;
  }

  private static String reasonFor(Http.Reply reply, String field) {
    for (JsonNode error : reply.json().path("errors")) {
      if (error.path("field").asText().equals(field)) {
        return error.path("reason").asText();
      }
    }
    return null;
  }
}
