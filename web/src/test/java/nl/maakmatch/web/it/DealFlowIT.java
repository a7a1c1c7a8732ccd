package nl.maakmatch.web.it;

import static nl.maakmatch.web.it.Fixtures.aMachineryPlan;
import static nl.maakmatch.web.it.Fixtures.aSmallMachineBuilder;
import static nl.maakmatch.web.it.Fixtures.freshKvk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.maakmatch.client.ApiClient;
import nl.maakmatch.client.ApiException;
import nl.maakmatch.client.api.FirmsApi;
import nl.maakmatch.client.api.IntroductionsApi;
import nl.maakmatch.client.model.AnswerKind;
import nl.maakmatch.client.model.AnswerRequest;
import nl.maakmatch.client.model.DossierView;
import nl.maakmatch.client.model.IntroductionView;
import nl.maakmatch.client.model.MatchExplanation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * From a match to money: a firm introduces its plan to two financiers, one declines with a reason,
 * the other asks a question, gets the answer, makes an offer, the firm accepts and the financier
 * reports it funded; the adviser follows it all in the case file and the region's pipeline.
 */
@ExtendWith(ArquillianExtension.class)
class DealFlowIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.maakmatch();
  }

  @ArquillianResource URL deployed;

  private Http anna;
  private Http bram;
  private Http carla;
  private Http lars;
  private Http daan;
  private Http eva;
  private Http admin;

  @BeforeEach
  void signIn() {
    Http http = new Http(deployed);
    anna = http.as(TestKeycloak.tokenFor("anna"));
    bram = http.as(TestKeycloak.tokenFor("bram"));
    carla = http.as(TestKeycloak.tokenFor("carla"));
    lars = http.as(TestKeycloak.tokenFor("lars"));
    daan = http.as(TestKeycloak.tokenFor("daan"));
    eva = http.as(TestKeycloak.tokenFor("eva"));
    admin = http.as(TestKeycloak.tokenFor("admin"));
    Organisations.ensureBank(admin, "rabobank-demo");
    Organisations.ensureBank(admin, "eva-capital-demo");
    // the advisers and financiers are known to MaakMatch once they called it
    carla.get("api/v1/caseload");
    daan.get("api/v1/introductions");
    eva.get("api/v1/introductions");
  }

  @Test
  void aPlanIntroducedToTwoFinanciersIsDeclinedByOneAndFundedByTheOther() {
    try (WebhookReceiver receiver = WebhookReceiver.start("deal-flow-secret-0123456789")) {
      walkTheWholePath(receiver);
    }
  }

  @Test
  void aBanksOwnSystemWorksItsInboxThroughTheGeneratedClient() throws ApiException {
    Firm firm = aGuidedFirmWithASubmittedPlan();
    assertThat(anna.post(firm.matchPath(), "application/json", "").status()).isEqualTo(200);
    UUID toTheBank =
        UUID.fromString(
            introduce(firm, "rabobank-demo", List.of("PLAN", "FIGURES"))
                .json()
                .path("id")
                .asText());
    UUID toTheInvestor =
        UUID.fromString(
            introduce(firm, "eva-capital-demo", List.of("PLAN")).json().path("id").asText());
    ApiClient system = GeneratedClient.withToken(deployed, TestKeycloak.bankSystemToken());
    IntroductionsApi introductions = new IntroductionsApi(system);

    // the client-credentials token speaks for the organisation bound to the client
    List<IntroductionView> inbox = introductions.listIntroductions();
    assertThat(inbox).extracting(IntroductionView::getId).contains(toTheBank);
    assertThat(inbox).extracting(IntroductionView::getId).doesNotContain(toTheInvestor);
    assertThat(inbox).allSatisfy(i -> assertThat(i.getOrganisation()).isEqualTo("rabobank-demo"));
    DossierView dossier = introductions.getIntroduction(toTheBank);
    assertThat(dossier.getPlan().getId()).isNotNull();

    // the bank reads why each instrument fits or not, as the firm read it when it matched
    MatchExplanation explanation = dossier.getMatch().getExplanation();
    assertThat(explanation.getInstruments())
        .filteredOn(i -> "ELIGIBLE".equals(i.getEligibility()))
        .isNotEmpty()
        .allSatisfy(i -> assertThat(i.getReasons()).isNotEmpty().doesNotContain(""));
    assertThat(explanation.getInstruments())
        .filteredOn(i -> "NOT_ELIGIBLE".equals(i.getEligibility()))
        .isNotEmpty()
        .allSatisfy(i -> assertThat(i.getUnmet()).isNotEmpty());
    JsonNode inEnglish =
        daan.inLanguage("en")
            .get("api/v1/introductions/" + toTheBank)
            .json()
            .path("match")
            .path("explanation");
    assertThat(inEnglish.path("instruments").size()).isEqualTo(explanation.getInstruments().size());
    assertThat(inEnglish.path("sizeClassReasoning").asText())
        .isNotBlank()
        .isNotEqualTo(explanation.getSizeClassReasoning());

    IntroductionView answered =
        introductions.answerIntroduction(
            toTheBank,
            new AnswerRequest().kind(AnswerKind.INTERESTED).text("Wij nemen contact met u op."));

    assertThat(answered.getState()).isEqualTo("INTERESTED");
    assertThat(
            anna.get("api/v1/introductions/" + toTheBank)
                .json()
                .path("introduction")
                .path("state")
                .asText())
        .isEqualTo("INTERESTED");
    ApiException elsewhere =
        catchThrowableOfType(
            () -> introductions.getIntroduction(toTheInvestor), ApiException.class);
    assertThat(elsewhere.getCode()).isEqualTo(404);
    assertThat(elsewhere.getResponseHeaders().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    ApiException notAFirm =
        catchThrowableOfType(() -> new FirmsApi(system).listFirms(), ApiException.class);
    assertThat(notAFirm.getCode()).isEqualTo(403);
    ApiException anonymous =
        catchThrowableOfType(
            () -> new IntroductionsApi(GeneratedClient.anonymous(deployed)).listIntroductions(),
            ApiException.class);
    assertThat(anonymous.getCode()).isEqualTo(401);
  }

  private void walkTheWholePath(WebhookReceiver receiver) {
    Mailboxes.clear();
    // a webhook another test left set keeps its undelivered events when its address changes; a
    // stopped one starts again after the newest event, so the receiver gets this walk's only
    Http.Reply stopped = delete(daan, "api/v1/organisations/rabobank-demo/webhook");
    assertThat(stopped.status()).as(stopped.body()).isIn(204, 404);
    Http.Reply hook =
        daan.putJson(
            "api/v1/organisations/rabobank-demo/webhook",
            null,
            Map.of("url", receiver.url(), "secret", receiver.secret()));
    assertThat(hook.status()).as(hook.body()).isBetween(200, 201);
    Firm firm = aGuidedFirmWithASubmittedPlan();
    byte[] quote = Uploads.aPdf();
    Http.Reply uploaded =
        new Uploads(anna).upload(firm.planPath() + "/documents", "offerte freesmachine.pdf", quote);
    assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
    String document = firm.planPath() + "/documents/" + uploaded.json().path("id").asText();

    Http.Reply toBank = introduce(firm, "rabobank-demo", List.of("PLAN", "FIGURES", "DOCUMENTS"));
    Http.Reply toInvestor = introduce(firm, "eva-capital-demo", List.of("PLAN"));
    assertThat(toBank.status()).as(toBank.body()).isEqualTo(201);
    assertThat(toInvestor.status()).as(toInvestor.body()).isEqualTo(201);
    assertThat(toBank.header("Location")).contains("/api/v1/introductions/");
    String bank = "api/v1/introductions/" + toBank.json().path("id").asText();
    String investor = "api/v1/introductions/" + toInvestor.json().path("id").asText();
    assertThat(introduce(firm, "rabobank-demo", List.of("PLAN")).status())
        .as("one open introduction per plan and organisation")
        .isEqualTo(409);

    // the bank and the investor are told, each in their own language, with a link to the file
    String bankLink = bank.substring(bank.indexOf("/introductions/"));
    Mailboxes.Mail toTheBank =
        Mailboxes.awaitMails("daan@maakmatch.example", m -> m.body().contains(bankLink), 1).get(0);
    assertThat(toTheBank.language()).isEqualTo("nl");
    assertThat(toTheBank.subject()).contains("Nieuwe introductie");
    String investorLink = investor.substring(investor.indexOf("/introductions/"));
    Mailboxes.Mail toTheInvestor =
        Mailboxes.awaitMails("eva@maakmatch.example", m -> m.body().contains(investorLink), 1)
            .get(0);
    assertThat(toTheInvestor.language()).isEqualTo("en");
    assertThat(toTheInvestor.subject()).contains("New introduction");

    // documents go only where they were shared
    assertThat(new Uploads(daan).download(document).body()).isEqualTo(quote);
    assertThat(eva.get(document).status()).isEqualTo(404);

    // the investor sees only the plan, and declines: too small
    JsonNode investorsView = eva.get(investor).json();
    assertThat(investorsView.path("plan").path("title").asText()).isNotEmpty();
    assertThat(investorsView.path("firm").isMissingNode() || investorsView.path("firm").isNull())
        .as("figures not shared")
        .isTrue();
    Http.Reply declined =
        eva.postJson(
            investor + "/answers",
            Map.of(
                "kind", "DECLINED", "reason", "TOO_SMALL", "text", "Wij starten bij 2 miljoen."));
    assertThat(declined.status()).as(declined.body()).isEqualTo(201);
    JsonNode annasView = anna.get(investor).json();
    assertThat(annasView.path("introduction").path("state").asText()).isEqualTo("DECLINED");
    assertThat(annasView.path("introduction").path("declineReason").path("label").asText())
        .isEqualTo("Het gevraagde bedrag is te klein voor ons");
    assertThat(
            anna.inLanguage("en")
                .get(investor)
                .json()
                .path("introduction")
                .path("declineReason")
                .path("label")
                .asText())
        .isEqualTo("The amount asked is too small for us");
    JsonNode carlasView = carla.get(investor).json();
    assertThat(carlasView.path("answers").get(0).path("text").asText())
        .isEqualTo("Wij starten bij 2 miljoen.");

    // the bank opens it, asks a question, gets the answer, makes an offer; its system is down
    // for a while meanwhile
    JsonNode banksView = daan.get(bank).json();
    assertThat(banksView.path("introduction").path("state").asText()).isEqualTo("SEEN");
    assertThat(banksView.path("firm").path("legalName").asText()).isNotEmpty();
    assertThat(banksView.path("documents")).hasSize(1);
    receiver.awaitAccepted(2, Duration.ofSeconds(60));
    receiver.down();
    assertThat(
            daan.postJson(
                    bank + "/answers",
                    Map.of("kind", "NEEDS_INFO", "text", "Hoe hoog is de orderportefeuille?"))
                .status())
        .isEqualTo(201);
    assertThat(anna.postJson(bank + "/messages", Map.of("text", "Anderhalf jaar omzet.")).status())
        .isEqualTo(201);
    Http.Reply offered = daan.postJson(bank + "/answers", anOffer(900_000));
    assertThat(offered.status()).as(offered.body()).isEqualTo(201);
    assertThat(offered.json().path("state").asText()).isEqualTo("OFFERED");
    receiver.awaitDeliveries(3, Duration.ofSeconds(60));
    receiver.up();

    // the firm accepts, the bank pays out: the plan is funded
    Http.Reply accepted = anna.postJson(bank + "/decision", Map.of("accept", true));
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    Http.Reply funded = daan.post(bank + "/funded", "application/json", "");
    assertThat(funded.status()).as(funded.body()).isEqualTo(200);
    assertThat(funded.json().path("fundedAmountEur").asLong()).isEqualTo(900_000);
    assertThat(anna.get(firm.planPath()).json().path("status").asText()).isEqualTo("FUNDED");

    // every step is on the timeline, with who and on which side
    List<String> steps = new ArrayList<>();
    anna.get(bank).json().path("timeline").forEach(e -> steps.add(e.path("type").asText()));
    assertThat(steps)
        .containsExactly(
            "IntroductionRequested",
            "IntroductionSeen",
            "InformationRequested",
            "MessagePosted",
            "OfferMade",
            "OfferAccepted",
            "IntroductionFunded");

    // the firm and its adviser were told of each answer, in the app and by mail
    List<String> annasNotices = new ArrayList<>();
    anna.get("api/v1/notifications?limit=200")
        .json()
        .forEach(n -> annasNotices.add(n.path("kind").asText()));
    assertThat(annasNotices)
        .contains(
            "IntroductionDeclined", "InformationRequested", "OfferMade", "IntroductionFunded");
    List<Mailboxes.Mail> annasMails =
        Mailboxes.awaitMails(
            "anna@maakmatch.example", m -> m.body().contains("/introductions/"), 4);
    assertThat(annasMails.stream().map(Mailboxes.Mail::subject).toList())
        .anySatisfy(subject -> assertThat(subject).contains("Aanbod"));
    assertThat(Mailboxes.awaitMails("carla@maakmatch.example", 4)).isNotEmpty();

    // the bank's own system got every step, signed, in order, also those it missed while down
    List<String> delivered = new ArrayList<>();
    String bankId = bank.substring(bank.lastIndexOf('/') + 1);
    // delivery is at least once: a receiver tells a repeat by its event id
    Set<String> eventIds = new HashSet<>();
    for (WebhookReceiver.Delivery delivery : receiver.awaitAccepted(7, Duration.ofSeconds(120))) {
      assertThat(delivery.signed()).isTrue();
      if (delivery.json().path("introductionId").asText().equals(bankId)
          && eventIds.add(delivery.eventId())) {
        delivered.add(delivery.json().path("type").asText());
      }
    }
    assertThat(delivered).isEqualTo(steps);
    assertThat(receiver.deliveries()).anySatisfy(d -> assertThat(d.accepted()).isFalse());
    List<String> logged = new ArrayList<>();
    daan.get("api/v1/organisations/rabobank-demo/events?after=0&limit=500")
        .json()
        .forEach(
            e -> {
              if (e.path("introductionId").asText().equals(bankId)) {
                logged.add(e.path("type").asText());
              }
            });
    assertThat(logged).isEqualTo(steps);

    // the adviser follows it in the case file and the region's pipeline
    JsonNode caseFile = carla.get(firm.path() + "/case-file").json();
    assertThat(caseFile.path("introductions")).hasSize(2);
    assertThat(
            carla
                .postJson(
                    firm.path() + "/case-file/notes",
                    Map.of("text", "Bank rond, investeerder niet."))
                .status())
        .isEqualTo(201);
    assertThat(carla.get(firm.path() + "/case-file").json().path("notes")).hasSize(1);
    assertThat(anna.get(firm.path() + "/case-file").status()).isEqualTo(403);
    JsonNode pipeline = carla.get("api/v1/regions/NB/pipeline").json();
    assertThat(pipeline.path("byState").path("FUNDED").asInt()).isPositive();
    assertThat(pipeline.path("byState").path("DECLINED").asInt()).isPositive();
    assertThat(pipeline.path("fundedEur").asLong()).isGreaterThanOrEqualTo(900_000);

    // the bank's figures count it; the public entry shows the promise
    JsonNode statistics = daan.get("api/v1/organisations/rabobank-demo/statistics").json();
    assertThat(statistics.path("funded").asInt()).isPositive();
    assertThat(statistics.path("answered").asInt()).isPositive();
    assertThat(
            eva.get("api/v1/organisations/eva-capital-demo/statistics")
                .json()
                .path("declinedByReason")
                .path("TOO_SMALL")
                .asInt())
        .isPositive();
  }

  @Test
  void aFirmTakesEverythingMaakMatchHoldsAboutItAsOneZip() throws IOException {
    Firm firm = aGuidedFirmWithASubmittedPlan();
    byte[] quote = Uploads.aPdf();
    new Uploads(anna).upload(firm.planPath() + "/documents", "offerte kantbank.pdf", quote);
    assertThat(anna.post(firm.matchPath(), "application/json", "").status()).isEqualTo(200);
    String bank =
        "api/v1/introductions/"
            + introduce(firm, "rabobank-demo", List.of("PLAN", "DOCUMENTS"))
                .json()
                .path("id")
                .asText();
    daan.postJson(bank + "/messages", Map.of("text", "Wat is de levertijd van de kantbank?"));

    HttpResponse<byte[]> export =
        anna.exchange(
            anna.request(firm.path() + "/export").GET(), HttpResponse.BodyHandlers.ofByteArray());

    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.headers().firstValue("Content-Type")).hasValue("application/zip");
    Map<String, byte[]> files = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(export.body()))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        files.put(entry.getName(), zip.readAllBytes());
      }
    }
    JsonNode index = new ObjectMapper().readTree(files.get("index.json"));
    assertThat(firm.path()).endsWith(index.path("firm").path("id").asText());
    JsonNode plan = index.path("plans").get(0);
    assertThat(plan.path("plan").path("title").asText()).isEqualTo("Nieuwe CNC-freeslijn");
    assertThat(plan.path("matches").size()).isEqualTo(1);
    JsonNode match =
        new ObjectMapper().readTree(files.get(plan.path("matches").get(0).path("file").asText()));
    assertThat(match.path("explanation").path("instruments").size()).isPositive();
    assertThat(plan.path("introductions").get(0).path("timeline").toString())
        .contains("Wat is de levertijd van de kantbank?");
    String file = plan.path("documents").get(0).path("file").asText();
    assertThat(file).endsWith("offerte kantbank.pdf");
    assertThat(files.get(file)).isEqualTo(quote);
    assertThat(anna.get(firm.path() + "/audit").body()).contains("FirmExported");

    // only the firm's own users: its adviser is refused, anyone else does not see the firm
    assertThat(
            List.of(
                carla.get(firm.path() + "/export").status(),
                lars.get(firm.path() + "/export").status()))
        .containsAnyOf(403)
        .doesNotContain(200);
    assertThat(bram.get(firm.path() + "/export").status()).isEqualTo(404);
    assertThat(daan.get(firm.path() + "/export").status()).isIn(403, 404);
  }

  @Test
  void aFirmErasedByItsOwnerLeavesNothingButTheAuditSkeleton() throws SQLException {
    Firm firm = aGuidedFirmWithASubmittedPlan();
    String firmId = firm.path().substring(firm.path().lastIndexOf('/') + 1);
    String planId = firm.planPath().substring(firm.planPath().lastIndexOf('/') + 1);
    String kvk = anna.get(firm.path()).json().path("kvkNumber").asText();
    String owner = anna.get(firm.path() + "/history").json().get(0).path("actor").asText();
    String documentId =
        new Uploads(anna)
            .upload(firm.planPath() + "/documents", "offerte wisbank.pdf", Uploads.aPdf())
            .json()
            .path("id")
            .asText();
    assertThat(anna.post(firm.matchPath(), "application/json", "").status()).isEqualTo(200);
    String introductionId =
        introduce(firm, "rabobank-demo", List.of("PLAN", "DOCUMENTS")).json().path("id").asText();
    String bank = "api/v1/introductions/" + introductionId;
    String question = "Hoe oud is de wisbank " + UUID.randomUUID() + "?";
    assertThat(daan.postJson(bank + "/messages", Map.of("text", question)).status()).isEqualTo(201);
    String note = "Notitie over de wisbank " + UUID.randomUUID();
    carla.postJson(firm.path() + "/case-file/notes", Map.of("text", note));
    String code =
        anna.post(firm.path() + "/invitations", "application/json", "")
            .json()
            .path("code")
            .asText();
    assertThat(bram.postJson("api/v1/firms/join", Map.of("kvkNumber", kvk, "code", code)).status())
        .isEqualTo(200);

    // only the owner who registered it, or an administrator; a refusal erases nothing
    Http.Reply colleague = delete(bram, firm.path());
    assertThat(colleague.status()).isEqualTo(403);
    assertThat(colleague.json().path("detail").asText()).contains("eigenaar");
    assertThat(delete(carla, firm.path()).status()).isEqualTo(403);
    assertThat(delete(daan, firm.path()).status()).isEqualTo(403);
    assertThat(delete(lars, firm.path()).status()).isIn(403, 404);
    assertThat(anna.get(bank).status()).isEqualTo(200);

    long banksLastEvent = lastEventOf("rabobank-demo");
    Http.Reply erased = delete(anna, firm.path());

    assertThat(erased.status()).as(erased.body()).isEqualTo(200);
    assertThat(erased.json().path("plans").asInt()).isEqualTo(1);
    assertThat(erased.json().path("introductions").asInt()).isEqualTo(1);
    assertThat(erased.json().path("documents").asInt()).isEqualTo(1);
    assertThat(erased.json().path("matches").asInt()).isPositive();
    assertThat(erased.json().path("members").asInt()).isEqualTo(2);

    // nothing of it through any endpoint, for anyone
    assertThat(
            List.of(
                anna.get(firm.path()).status(),
                anna.get(firm.planPath()).status(),
                anna.get(firm.planPath() + "/documents/" + documentId).status(),
                anna.get(firm.path() + "/export").status(),
                bram.get(firm.path()).status(),
                daan.get(bank).status(),
                carla.get(firm.path() + "/case-file").status(),
                delete(anna, firm.path()).status()))
        .containsOnly(404);
    assertThat(daan.get("api/v1/introductions").body()).doesNotContain(introductionId);
    assertThat(carla.get("api/v1/caseload").body()).doesNotContain(firmId);

    // the bank is told to erase its copies: its log names the introduction, and nothing else of it
    JsonNode told =
        daan.get("api/v1/organisations/rabobank-demo/events?after=" + banksLastEvent).json();
    assertThat(told).hasSize(1);
    assertThat(told.get(0).path("type").asText()).isEqualTo("IntroductionErased");
    assertThat(told.get(0).path("introductionId").asText()).isEqualTo(introductionId);
    assertThat(told.get(0).path("state").asText()).isEqualTo("ERASED");
    assertThat(told.get(0).path("party").asText()).isEqualTo("FIRM");
    assertThat(told.get(0).path("reason").asText()).isEqualTo("ERASURE_REQUEST");
    assertThat(told.get(0).path("text").isNull()).isTrue();
    JsonNode notice = daan.get("api/v1/notifications?limit=1").json().get(0);
    assertThat(notice.path("kind").asText()).isEqualTo("IntroductionErased");
    assertThat(notice.path("body").asText())
        .contains("1 introductie(s) bij Bank rabobank-demo")
        .contains("art. 19");
    assertThat(notice.path("link").asText()).isEqualTo("/inbox");
    assertThat(anna.get("api/v1/firms").body()).doesNotContain(firmId);

    // nor in any table; the audit log keeps who did what when, without content
    List<String> traces = List.of(firmId, planId, introductionId, documentId, kvk, question, note);
    try (Connection db = TestDatabase.application().getConnection()) {
      for (String table : tablesOf(db)) {
        String found = rowsContaining(db, table, traces);
        if (table.equals("audit_entry")) {
          assertThat(rowsContaining(db, table, List.of(kvk, question, note))).isEmpty();
        } else if (table.equals("introduction_event")) {
          assertThat(rowsContaining(db, table, List.of(firmId, planId, documentId, kvk, question)))
              .isEmpty();
          assertThat(found).as("only the erased event names the introduction").hasLineCount(1);
          assertThat(found).contains("IntroductionErased");
        } else {
          assertThat(found).as("rows of %s that name the erased firm", table).isEmpty();
        }
      }
      try (PreparedStatement audit =
          db.prepareStatement(
              "SELECT action, actor, reason, detail FROM audit_entry WHERE firm_id = ?::uuid"
                  + " ORDER BY id")) {
        audit.setString(1, firmId);
        List<String> actions = new ArrayList<>();
        try (ResultSet rows = audit.executeQuery()) {
          while (rows.next()) {
            actions.add(rows.getString("action"));
            assertThat(rows.getString("reason")).isNull();
            assertThat(rows.getString("detail")).isNull();
            if (rows.getString("action").equals("FirmErased")) {
              assertThat(rows.getString("actor")).isEqualTo(owner);
            }
          }
        }
        assertThat(actions).contains("FirmRegistered", "IntroductionRequested", "FirmErased");
      }
      // the skeleton cannot be blanked or deleted outside an erasure
      assertThatThrownBy(
              () ->
                  db.createStatement()
                      .executeUpdate(
                          "DELETE FROM audit_entry WHERE firm_id = '" + firmId + "'::uuid"))
          .hasMessageContaining("append-only");
    }
  }

  @Test
  void introductionsAndDocumentsOfAPlanEndedLongerAgoThanTheRetentionPeriodAreErased()
      throws SQLException {
    Firm firm = aGuidedFirmWithASubmittedPlan();
    String planId = firm.planPath().substring(firm.planPath().lastIndexOf('/') + 1);
    String document =
        firm.planPath()
            + "/documents/"
            + new Uploads(anna)
                .upload(firm.planPath() + "/documents", "offerte oud.pdf", Uploads.aPdf())
                .json()
                .path("id")
                .asText();
    assertThat(anna.post(firm.matchPath(), "application/json", "").status()).isEqualTo(200);
    String bank =
        "api/v1/introductions/"
            + introduce(firm, "rabobank-demo", List.of("PLAN")).json().path("id").asText();
    assertThat(anna.post(firm.planPath() + "/close", "application/json", "").status())
        .isEqualTo(200);
    JsonNode notYet = admin.post("api/v1/admin/retention", "application/json", "").json();
    assertThat(notYet.path("years").asInt()).isEqualTo(7);
    assertThat(notYet.path("plans").toString()).doesNotContain(planId);
    assertThat(anna.get(document).status()).isEqualTo(200);

    try (Connection db = TestDatabase.application().getConnection();
        PreparedStatement ended =
            db.prepareStatement(
                "UPDATE investment_plan SET updated_at = now() - interval '7 years 1 day'"
                    + " WHERE id = ?::uuid")) {
      ended.setString(1, planId);
      assertThat(ended.executeUpdate()).isEqualTo(1);
    }
    assertThat(anna.post("api/v1/admin/retention", "application/json", "").status()).isEqualTo(403);
    long banksLastEvent = lastEventOf("rabobank-demo");
    Http.Reply swept = admin.post("api/v1/admin/retention", "application/json", "");

    assertThat(swept.status()).as(swept.body()).isEqualTo(200);
    JsonNode expired = null;
    for (JsonNode plan : swept.json().path("plans")) {
      if (plan.path("planId").asText().equals(planId)) {
        expired = plan;
      }
    }
    assertThat(expired).as(swept.body()).isNotNull();
    assertThat(expired.path("introductions").asInt()).isEqualTo(1);
    assertThat(expired.path("documents").asInt()).isEqualTo(1);
    assertThat(
            List.of(anna.get(document).status(), daan.get(bank).status(), anna.get(bank).status()))
        .containsOnly(404);
    assertThat(anna.get(firm.planPath()).status()).isEqualTo(200);
    assertThat(anna.get(firm.planPath() + "/introductions").body()).isEqualTo("[]");
    JsonNode told =
        daan.get("api/v1/organisations/rabobank-demo/events?after=" + banksLastEvent).json();
    assertThat(told).hasSize(1);
    assertThat(told.get(0).path("type").asText()).isEqualTo("IntroductionErased");
    assertThat(bank).endsWith(told.get(0).path("introductionId").asText());
    assertThat(told.get(0).path("party").asText()).isEqualTo("SYSTEM");
    assertThat(told.get(0).path("reason").asText()).isEqualTo("RETENTION_PERIOD");
    assertThat(anna.get(firm.path() + "/audit").body()).contains("PlanRecordsExpired");
    assertThat(admin.post("api/v1/admin/retention", "application/json", "").body())
        .as("a plan is swept once")
        .doesNotContain(planId);
  }

  /** The id of the organisation's latest event: where a read of what follows starts. */
  private static long lastEventOf(String organisation) throws SQLException {
    try (Connection db = TestDatabase.application().getConnection();
        PreparedStatement last =
            db.prepareStatement(
                "SELECT coalesce(max(id), 0) FROM introduction_event WHERE organisation = ?")) {
      last.setString(1, organisation);
      try (ResultSet row = last.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private static Http.Reply delete(Http as, String path) {
    return as.send(as.request(path).DELETE());
  }

  private static List<String> tablesOf(Connection db) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet rows =
        db.createStatement()
            .executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                    + " AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history'")) {
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
    }
    assertThat(tables).contains("firm", "introduction_event", "document_content", "record_event");
    return tables;
  }

  /** The rows of {@code table}, as text, that contain any of {@code traces}; empty if none. */
  private static String rowsContaining(Connection db, String table, List<String> traces)
      throws SQLException {
    String anyOf = String.join(" OR ", traces.stream().map(t -> "r::text LIKE ?").toList());
    try (PreparedStatement query =
        db.prepareStatement("SELECT r::text FROM " + table + " r WHERE " + anyOf + " LIMIT 3")) {
      for (int i = 0; i < traces.size(); i++) {
        query.setString(i + 1, "%" + traces.get(i) + "%");
      }
      StringBuilder found = new StringBuilder();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          found.append(rows.getString(1)).append('\n');
        }
      }
      return found.toString();
    }
  }

  @Test
  void aStepTheStateDoesNotAllowIsAConflictThatChangesNothing() {
    Firm firm = aGuidedFirmWithASubmittedPlan();
    String bank =
        "api/v1/introductions/"
            + introduce(firm, "rabobank-demo", List.of("PLAN")).json().path("id").asText();
    int stepsBefore = anna.get(bank).json().path("timeline").size();

    Http.Reply decision = anna.postJson(bank + "/decision", Map.of("accept", true));
    Http.Reply funded = daan.post(bank + "/funded", "application/json", "");

    assertThat(decision.status()).isEqualTo(409);
    assertThat(decision.header("Content-Type")).startsWith("application/problem+json");
    assertThat(funded.status()).isEqualTo(409);
    JsonNode after = anna.get(bank).json();
    assertThat(after.path("introduction").path("state").asText()).isEqualTo("REQUESTED");
    assertThat(after.path("timeline").size()).isEqualTo(stepsBefore);

    Http.Reply noReason = daan.postJson(bank + "/answers", Map.of("kind", "DECLINED"));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.body()).contains("reason");
    Http.Reply pastOffer =
        daan.postJson(
            bank + "/answers",
            Map.of(
                "kind",
                "OFFER",
                "offer",
                Map.of(
                    "amountEur",
                    1000,
                    "validUntil",
                    LocalDate.now(ZoneOffset.UTC).minusDays(1).toString())));
    assertThat(pastOffer.status()).isEqualTo(400);
    assertThat(anna.get(bank).json().path("timeline").size()).isEqualTo(stepsBefore);
  }

  @Test
  void aMailServerThatIsDownNeitherFailsNorLosesTheNotice() {
    Firm firm = aGuidedFirmWithASubmittedPlan();
    Mailboxes.serverDown();
    Http.Reply introduced;
    try {
      introduced = introduce(firm, "rabobank-demo", List.of("PLAN"));
    } finally {
      Mailboxes.serverUp();
    }
    assertThat(introduced.status()).as(introduced.body()).isEqualTo(201);
    String link = "/introductions/" + introduced.json().path("id").asText();
    // mails of earlier steps may arrive first: wait until this one is among them
    for (int count = 1; ; count++) {
      List<Mailboxes.Mail> mails =
          Mailboxes.awaitMails("daan@maakmatch.example", count, Duration.ofSeconds(90));
      if (mails.stream().anyMatch(m -> m.body().contains(link))) {
        break;
      }
    }
  }

  @Test
  void aRenamedProgramAnEmptyFileAndAnOversizedOneAreRefusedAndNothingIsStored() {
    Firm firm = aGuidedFirmWithASubmittedPlan();
    String documents = firm.planPath() + "/documents";
    Uploads uploads = new Uploads(anna);
    int before = anna.get(documents).json().size();

    Http.Reply program = uploads.upload(documents, "offerte.pdf", Uploads.aWindowsProgram());
    Http.Reply empty = uploads.upload(documents, "leeg.pdf", new byte[0]);
    Http.Reply huge = uploads.upload(documents, "groot.pdf", Uploads.aPdfOfSize(21 * 1024 * 1024));

    assertThat(program.status()).as(program.body()).isEqualTo(415);
    assertThat(program.body()).contains("\"file\"");
    assertThat(empty.status()).as(empty.body()).isEqualTo(400);
    assertThat(huge.status()).isEqualTo(413);
    for (Http.Reply refused : List.of(program, empty, huge)) {
      assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    }
    assertThat(anna.get(documents).json().size()).isEqualTo(before);
    assertThat(bram.get(documents).status()).isEqualTo(404);
  }

  @Test
  void outsidersDoNotLearnAnIntroductionExists() {
    Firm firm = aGuidedFirmWithASubmittedPlan();
    String bank =
        "api/v1/introductions/"
            + introduce(firm, "rabobank-demo", List.of("PLAN")).json().path("id").asText();

    for (Http outsider : List.of(bram, lars, eva)) {
      assertThat(outsider.get(bank).status()).isEqualTo(404);
      assertThat(outsider.postJson(bank + "/messages", Map.of("text", "hallo")).status())
          .isEqualTo(404);
      assertThat(outsider.post(bank + "/withdraw", "application/json", "").status()).isEqualTo(404);
    }
    // withdrawn: the bank's access ends at once
    assertThat(anna.post(bank + "/withdraw", "application/json", "").status()).isEqualTo(200);
    assertThat(daan.get(bank).status()).isEqualTo(404);
    assertThat(anna.get(bank).json().path("introduction").path("state").asText())
        .isEqualTo("WITHDRAWN");
  }

  @Test
  void aDeclinedIntroductionIsReroutedInOneStepWithTheSameDossier() {
    Firm firm = aGuidedFirmWithASubmittedPlan();
    String investor =
        "api/v1/introductions/"
            + introduce(firm, "eva-capital-demo", List.of("PLAN", "FIGURES"))
                .json()
                .path("id")
                .asText();
    assertThat(
            anna.postJson(investor + "/reroute", Map.of("organisation", "rabobank-demo")).status())
        .as("nothing to re-route yet")
        .isEqualTo(409);
    eva.postJson(investor + "/answers", Map.of("kind", "DECLINED", "reason", "SECTOR"));

    Http.Reply rerouted =
        carla.postJson(investor + "/reroute", Map.of("organisation", "rabobank-demo"));

    assertThat(rerouted.status()).as(rerouted.body()).isEqualTo(201);
    JsonNode next = rerouted.json();
    assertThat(next.path("organisation").asText()).isEqualTo("rabobank-demo");
    assertThat(next.path("share").toString()).contains("PLAN", "FIGURES");
    assertThat(next.path("reroutedFrom").asText())
        .isEqualTo(investor.substring(investor.lastIndexOf('/') + 1));
    assertThat(daan.get("api/v1/introductions/" + next.path("id").asText()).status())
        .isEqualTo(200);
  }

  /**
   * Two answers at the same moment, and a withdrawal while the financier answers: each is taken
   * after the other, so every answer that was accepted is on the timeline and the state is the last
   * step's.
   */
  @Test
  void simultaneousAnswersAndAWithdrawalNeverLoseOrCorruptAnAnswer() throws Exception {
    for (int round = 0; round < 3; round++) {
      Firm firm = aGuidedFirmWithASubmittedPlan();
      String bank =
          "api/v1/introductions/"
              + introduce(firm, "rabobank-demo", List.of("PLAN")).json().path("id").asText();
      List<Http.Reply> replies =
          atTheSameMoment(
              () -> daan.postJson(bank + "/answers", anOffer(500_000)),
              () -> daan.postJson(bank + "/answers", Map.of("kind", "INTERESTED", "text", "Ja")),
              () -> anna.post(bank + "/withdraw", "application/json", ""));

      for (Http.Reply reply : replies) {
        assertThat(reply.status()).as(reply.body()).isIn(200, 201, 404, 409);
      }
      JsonNode dossier = anna.get(bank).json();
      JsonNode timeline = dossier.path("timeline");
      long acceptedAnswers = replies.subList(0, 2).stream().filter(r -> r.status() == 201).count();
      long answersOnRecord = 0;
      for (JsonNode step : timeline) {
        if (!step.path("answerKind").isNull() && !step.path("answerKind").isMissingNode()) {
          answersOnRecord++;
        }
      }
      assertThat(answersOnRecord).isEqualTo(acceptedAnswers);
      assertThat(dossier.path("introduction").path("state").asText())
          .isEqualTo(timeline.get(timeline.size() - 1).path("state").asText());
      assertThat(replies.get(2).status()).as("withdrawing is always possible here").isEqualTo(200);
    }
  }

  @SafeVarargs
  private static List<Http.Reply> atTheSameMoment(Callable<Http.Reply>... calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.length);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Http.Reply>> futures = new ArrayList<>();
      for (Callable<Http.Reply> call : calls) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return call.call();
                }));
      }
      start.countDown();
      List<Http.Reply> replies = new ArrayList<>();
      for (Future<Http.Reply> future : futures) {
        replies.add(future.get());
      }
      return replies;
    } finally {
      pool.shutdownNow();
    }
  }

  private record Firm(String path, String planPath) {

    /** Matching a stored plan: {@code POST /api/v1/plans/{id}/match}. */
    String matchPath() {
      return "api/v1/plans/" + planPath.substring(planPath.lastIndexOf('/') + 1) + "/match";
    }
  }

  /**
   * Anna's firm in Noord-Brabant, guided by its ROM with editing granted, with a submitted plan.
   */
  private Firm aGuidedFirmWithASubmittedPlan() {
    String firm =
        "api/v1/firms/"
            + anna.postJson("api/v1/firms", aSmallMachineBuilder(freshKvk()))
                .json()
                .path("id")
                .asText();
    anna.putJson(firm + "/guidance", null, Map.of("editGranted", true));
    String plan =
        firm
            + "/plans/"
            + anna.postJson(firm + "/plans", aMachineryPlan()).json().path("id").asText();
    anna.post(plan + "/submit", "application/json", "");
    return new Firm(firm, plan);
  }

  private Http.Reply introduce(Firm firm, String organisation, List<String> share) {
    return anna.postJson(
        firm.planPath() + "/introductions",
        Map.of(
            "organisation",
            organisation,
            "instrumentIds",
            List.of("bmkb"),
            "share",
            share,
            "message",
            "Graag uw reactie op ons plan."));
  }

  private static Map<String, Object> anOffer(long amount) {
    return Map.of(
        "kind",
        "OFFER",
        "text",
        "Ons aanbod",
        "offer",
        Map.of(
            "amountEur",
            amount,
            "instrumentId",
            "bmkb",
            "annualRatePercent",
            5.25,
            "termMonths",
            84,
            "conditions",
            "Eerste hypotheek op de machines",
            "validUntil",
            LocalDate.now().plusDays(30).toString()));
  }
}
