package nl.maakmatch.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.maakmatch.web.it.portal.AdminPages;
import nl.maakmatch.web.it.portal.AdviserPages;
import nl.maakmatch.web.it.portal.Evidence;
import nl.maakmatch.web.it.portal.FinancierPages;
import nl.maakmatch.web.it.portal.FirmOwnerPages;
import nl.maakmatch.web.it.portal.PortalPage;
import nl.maakmatch.web.it.portal.PreviewPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The browser portal in real headless Chromium, through the realm's real Keycloak login: each
 * role's main journey, written as the person's steps on page objects. Every page visited passes an
 * axe-core scan and renders without sideways scrolling at 390 and 1280 px, in both languages.
 */
@ExtendWith(ArquillianExtension.class)
class PortalIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.maakmatch();
  }

  @ArquillianResource URL deployed;

  private static final Pattern PORTAL_LINK = Pattern.compile("https?://[^/\\s]+/(#/\\S+)");

  @RegisterExtension final Evidence evidence = new Evidence();

  private String base;
  private Http admin;

  @BeforeEach
  void prepare() {
    // the browser must come back to an origin the realm's portal client accepts
    base = "http://localhost:" + deployed.getPort() + "/";
    TestKeycloak.allowPortalOrigin("http://localhost:" + deployed.getPort());
    admin = new Http(deployed).as(TestKeycloak.tokenFor("admin"));
    Organisations.ensureBank(admin, "rabobank-demo");
    Organisations.ensureBank(admin, "eva-capital-demo");
  }

  @Test
  void anAnonymousVisitorSeesWhatFitsTheReadmeExampleWhyOthersDoNotAndAStackChart() {
    PreviewPage preview = new PreviewPage(evidence.newBrowser(), base);
    preview.open("#/");
    preview.passesPageChecks();

    preview.openIt().fillTheReadmeExample().submit();

    assertThat(preview.instrumentsIn("eligible")).contains("bmkb", "innovatiekrediet");
    // EIC is a competition: it is upside, never money the stack counts on (issue #11)
    assertThat(preview.instrumentsIn("not-eligible")).contains("go", "invest_nl");
    assertThat(preview.reasonsFor("invest_nl")).isNotEmpty().doesNotContain("");
    assertThat(preview.reasonsFor("bmkb")).isNotEmpty().doesNotContain("");
    assertThat(preview.showsAStackChart()).isTrue();
    preview.passesPageChecks();

    preview.open("#/catalogue");
    String catalogue = preview.heading();
    preview.passesPageChecks();
    preview.open("#/catalogue/bmkb");
    assertThat(preview.heading()).contains("BMKB");
    preview.passesPageChecks();

    // a page whose data comes late never replaces the one the visitor went on to
    preview.leaveBeforeItsDataArrives("#/catalogue/go", "/v1/instruments/go", "#/catalogue");
    assertThat(preview.heading()).isEqualTo(catalogue);
  }

  @Test
  void aRefusedPreviewNamesTheFieldAndKeepsWhatWasTyped() {
    PreviewPage preview = new PreviewPage(evidence.newBrowser(), base);
    preview.openIt().fillTheReadmeExample().enter("firm.employees", "-3");

    preview.submit();

    assertThat(preview.errorSummary()).isNotBlank();
    assertThat(preview.fieldError("firm.employees")).isNotBlank();
    assertThat(preview.valueOf("firm.sbiCode")).isEqualTo("25.62");
    assertThat(preview.valueOf("plan.totalInvestmentEur")).isEqualTo("1200000");
  }

  @Test
  void aNewFirmOwnerAndAFinancierAnAdviserAndTheAdminWorkOneDealInTheBrowser()
      throws InterruptedException {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    String planTitle = "Freeslijn " + unique;

    // 2. a new firm owner registers, creates the firm and a plan, and asks two financiers
    FirmOwnerPages owner = new FirmOwnerPages(evidence.newBrowser(), base);
    assertThat(owner.keycloakLanguageWhenSigningIn()).isEqualTo("nl");
    owner.registerAs("fenna-" + unique, "fenna-" + unique + "@maakmatch.example", "Fenna-demo-1");
    String kvk = Fixtures.freshKvk();
    owner.registerFirm(kvk, "Bakker Verspaning " + unique);
    String firmId = owner.firmId();
    owner.passesPageChecks();
    owner.reviseEmployees("30");
    assertThat(owner.firmFacts()).contains("30");
    assertThat(owner.firmHistory()).hasSize(2);
    owner.requestGuidance();
    owner.createAndSubmitPlan(planTitle);
    String planUrl = owner.planUrl();
    // other test classes change the catalogue, so the stack's make-up is not fixed here
    assertThat(owner.stackInstruments()).isNotEmpty();
    String firstInStack = owner.stackInstruments().get(0);
    owner.passesPageChecks();
    owner.requestIntroductions("rabobank-demo", "eva-capital-demo");
    assertThat(owner.introductionRows()).hasSize(2);

    // 3. the financier asks a question, the firm answers, the financier offers, the firm accepts
    // he follows the link in the bank's mail about the introduction: signing in on the way, he
    // lands on its dossier
    FinancierPages daan = new FinancierPages(evidence.newBrowser(), base);
    daan.open(linkInTheMailAbout(planTitle, "daan@maakmatch.example"));
    daan.signIn("daan", "daan-demo");
    assertThat(daan.dossier()).contains("Freesmachine 5-assig", "Bakker Verspaning " + unique);
    assertThat(daan.inbox()).anyMatch(row -> row.contains(planTitle));
    daan.passesPageChecks();
    daan.openDossier(planTitle);
    // why the stack's first instrument fits, as the owner read it when the plan was matched
    assertThat(daan.reasonsFor(firstInStack)).isNotEmpty().doesNotContain("");
    daan.passesPageChecks();
    daan.askForInformation("Hoe groot is uw orderportefeuille voor 2027?");

    owner.open(planUrl.substring(planUrl.indexOf('#')));
    owner.openIntroductionWith("rabobank-demo");
    assertThat(owner.timeline()).anyMatch(entry -> entry.contains("orderportefeuille"));
    owner.sendMessage("Voor 2027 is 3,1 miljoen euro aan orders getekend.");
    owner.passesPageChecks();

    daan.inbox();
    daan.openDossier(planTitle);
    assertThat(daan.timeline()).anyMatch(entry -> entry.contains("3,1 miljoen"));
    daan.offer("500000", "5.4", "84", LocalDate.now(ZoneOffset.UTC).plusMonths(4).toString());

    owner.open(planUrl.substring(planUrl.indexOf('#')));
    owner.openIntroductionWith("rabobank-demo");
    assertThat(owner.offer()).contains("500.000");
    owner.acceptTheOffer();
    assertThat(owner.introductionState()).isNotBlank();
    assertThat(owner.timeline()).anyMatch(entry -> entry.contains("aangenomen"));

    // 4. the adviser opens the firm's case file, adds a note and opens the pipeline
    AdviserPages carla = new AdviserPages(evidence.newBrowser(), base);
    carla.open("#/");
    carla.signIn("carla", "carla-demo");
    assertThat(carla.caseload()).anyMatch(row -> row.contains("Bakker Verspaning " + unique));
    carla.passesPageChecks();
    carla.openCaseFile(firmId);
    carla.addNote("Aanbod Rabobank aangenomen; BMKB-aanvraag loopt via de bank.");
    assertThat(carla.notes()).anyMatch(note -> note.contains("BMKB-aanvraag"));
    carla.passesPageChecks();
    carla.openPipeline();
    assertThat(carla.showsChart("byState")).isTrue();
    carla.passesPageChecks();

    // 5. the admin closes an instrument; the firm's next match no longer uses it
    AdminPages adminPages = new AdminPages(evidence.newBrowser(), base);
    adminPages.open("#/");
    adminPages.signIn("admin", "admin-demo");
    adminPages.openCatalogue();
    try {
      adminPages.close(firstInStack, "Budget voor dit jaar uitgeput");
      assertThat(adminPages.rowOf(firstInStack)).contains("Gesloten");
      adminPages.passesPageChecks();
      assertThat(adminPages.versionsOf(firstInStack).get(0)).contains("Budget voor dit jaar");
      adminPages.passesPageChecks();
      assertThat(adminPages.auditLog()).anyMatch(line -> line.contains(firstInStack));
      adminPages.passesPageChecks();

      owner.open(planUrl.substring(planUrl.indexOf('#')));
      // the stack is drawn again (its own-contribution row at least), without the closed one
      assertThat(owner.stackRows()).isNotEmpty();
      assertThat(owner.stackInstruments()).doesNotContain(firstInStack);
    } finally {
      reopen(firstInStack);
    }

    // 6. the owner has the firm erased: the bank and the adviser no longer see any of it
    assertThat(owner.eraseFirm(firmId, kvk)).contains("Bakker Verspaning " + unique, "plannen 1");
    assertThat(daan.inbox()).noneMatch(row -> row.contains(planTitle));
    assertThat(carla.caseload()).noneMatch(row -> row.contains("Bakker Verspaning " + unique));
  }

  @Test
  void everyRolesOwnPagesPassThePageChecks() {
    PortalPage admin = new PortalPage(evidence.newBrowser(), base);
    admin.open("#/");
    admin.signIn("admin", "admin-demo");
    admin.open("#/admin/organisations");
    admin.passesPageChecks();

    PortalPage daan = new PortalPage(evidence.newBrowser(), base);
    daan.open("#/");
    daan.signIn("daan", "daan-demo");
    daan.open("#/organisation");
    daan.passesPageChecks();
    daan.open("#/notifications");
    daan.passesPageChecks();
  }

  /** Leaves the shared catalogue as the other test classes expect it. */
  /** The portal route a mail about the plan links to (the part after the portal's origin). */
  private static String linkInTheMailAbout(String planTitle, String address)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Mailboxes.PATIENCE);
    while (Instant.now().isBefore(deadline)) {
      for (Mailboxes.Mail mail : Mailboxes.to(address)) {
        Matcher link = PORTAL_LINK.matcher(mail.body());
        if (mail.body().contains(planTitle) && link.find()) {
          return link.group(1);
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError("no mail to " + address + " about " + planTitle);
  }

  private void reopen(String instrument) {
    Http.Reply current = admin.get("api/v1/instruments/" + instrument);
    if (current.json().path("status").asText().equals("CLOSED")) {
      Http.Reply reopened =
          CatalogueStatus.reopen(admin, instrument, "Weer open na de browsertest");
      assertThat(reopened.status()).isEqualTo(200);
    }
  }
}
