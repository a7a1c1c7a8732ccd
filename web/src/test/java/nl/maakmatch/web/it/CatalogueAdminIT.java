package nl.maakmatch.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import nl.maakmatch.matching.catalogue.CatalogueReader;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The catalogue as shipped, and how an administrator keeps it current. */
@ExtendWith(ArquillianExtension.class)
class CatalogueAdminIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.maakmatch();
  }

  @ArquillianResource URL deployed;

  private Http anonymous;
  private Http admin;

  @BeforeEach
  void signIn() {
    anonymous = new Http(deployed);
    admin = anonymous.as(TestKeycloak.tokenFor("admin"));
  }

  @Test
  void shipsAllThirtyNineShippedInstrumentsWithSourceAndStatus() {
    List<String> reference =
        CatalogueReader.shipped().instruments().stream().map(i -> i.id()).toList();
    List<JsonNode> listed = anonymous.allItems("api/v1/instruments");

    assertThat(reference).hasSize(39); // the reference's 38 and IPCEI from the seed note
    assertThat(listed.stream().map(i -> i.path("id").asText()).toList()).containsAll(reference);
    List<String> proposed = new ArrayList<>();
    for (JsonNode instrument : listed) {
      if (!reference.contains(instrument.path("id").asText())) {
        continue; // added by another test
      }
      assertThat(instrument.path("sources").size()).as(instrument.path("id").asText()).isPositive();
      if (instrument.path("status").asText().equals("PROPOSED")) {
        proposed.add(instrument.path("id").asText());
      }
    }
    assertThat(proposed)
        .containsExactlyInAnyOrder(
            "wbio_proposed",
            "mkb_bank_maakindustrie_proposed",
            "family_investor_loan_proposed",
            "regional_vestigingsfonds_proposed");
    assertThat(anonymous.get("api/v1/instruments/rdm").json().path("status").asText())
        .isEqualTo("CLOSED");
  }

  @Test
  void filtersByProvinceSizeClassAndPurpose() {
    List<String> limburg = ids(anonymous.allItems("api/v1/instruments?province=LI"));
    List<String> large = ids(anonymous.allItems("api/v1/instruments?sizeClass=LARGE"));

    assertThat(limburg).contains("rom_liof", "bmkb").doesNotContain("rom_bom");
    assertThat(large).contains("go").doesNotContain("bmkb");
    assertThat(anonymous.get("api/v1/instruments?purpose=SPACESHIPS").status()).isEqualTo(400);
  }

  @Test
  void importsAFileAddingWhatIsNewAndRejectingWhatIsBrokenWithReasons() {
    String yaml =
        """
        instruments:
          - id: test_regional_loan
            name: "Testlening regio"
            operator: "Provincie Test"
            type: [loan]
            status: "open"
            eligibility:
              size: [micro, small, medium]
            finances: [machinery]
            amount:
              min_eur: 50000
              max_eur: 500000
            source: ["https://example.org/testlening"]
            confidence: confirmed
          - id: broken_entry
            name: "Kapot"
            type: [loan]
            eligibility:
              size: [gigantic]
            source: ["https://example.org/kapot"]
            confidence: confirmed
        """;

    Http.Reply report =
        admin.send(
            admin
                .request("api/v1/instruments/import")
                .header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(yaml)));

    assertThat(report.status()).as(report.body()).isEqualTo(200);
    assertThat(report.json().path("added").toString()).contains("test_regional_loan");
    JsonNode rejected = report.json().path("rejected");
    assertThat(rejected.size()).isEqualTo(1);
    assertThat(rejected.get(0).path("id").asText()).isEqualTo("broken_entry");
    assertThat(rejected.get(0).path("reasons").toString()).contains("gigantic");
    assertThat(anonymous.get("api/v1/instruments/test_regional_loan").status()).isEqualTo(200);
    assertThat(anonymous.get("api/v1/instruments/broken_entry").status()).isEqualTo(404);
  }

  @Test
  void editingMakesANewVersionAndClosingKeepsTheOldOnes() {
    Http.Reply read = anonymous.get("api/v1/instruments/qredits_mkb_krediet");
    JsonNode current = read.json();
    ObjectNode definition = (ObjectNode) current.path("definition").deepCopy();
    definition.put("name", "Qredits MKB-krediet (bijgewerkt)");
    // the ETag of a read is what an edit sends back (the portal's admin page does just that)
    String etag = read.header("ETag");
    assertThat(etag).isEqualTo("\"v" + current.path("version").asInt() + "\"");

    Http.Reply edited =
        admin.putJson("api/v1/instruments/qredits_mkb_krediet", etag, definition.toString());
    Http.Reply stale =
        admin.putJson("api/v1/instruments/qredits_mkb_krediet", etag, definition.toString());
    Http.Reply closed =
        admin.send(
            admin
                .request("api/v1/instruments/qredits_mkb_krediet/close")
                .header("Content-Type", "application/json")
                .header("If-Match", edited.header("ETag"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"budget op\"}")));

    assertThat(edited.status()).as(edited.body()).isEqualTo(200);
    assertThat(edited.json().path("version").asInt())
        .isEqualTo(current.path("version").asInt() + 1);
    assertThat(stale.status()).isEqualTo(412);
    assertThat(closed.status()).as(closed.body()).isEqualTo(200);
    assertThat(closed.json().path("status").asText()).isEqualTo("CLOSED");
    assertThat(ids(anonymous.allItems("api/v1/instruments?status=AVAILABLE")))
        .doesNotContain("qredits_mkb_krediet");

    // the history keeps every version, newest first, each with why it was recorded
    JsonNode versions = admin.get("api/v1/instruments/qredits_mkb_krediet/versions").json();
    assertThat(versions.size()).isEqualTo(current.path("version").asInt() + 2);
    assertThat(versions.get(0).path("version").asInt())
        .isEqualTo(closed.json().path("version").asInt());
    assertThat(versions.get(0).path("changeNote").asText()).isEqualTo("closed: budget op");
    assertThat(versions.get(1).path("definition").path("name").asText())
        .isEqualTo("Qredits MKB-krediet (bijgewerkt)");
    assertThat(versions.get(2).path("definition").path("name").asText())
        .isEqualTo(current.path("definition").path("name").asText());

    // and the audit log names who closed it; narrowed to that person, it shows only them
    JsonNode closing = null;
    for (JsonNode entry : admin.get("api/v1/admin/audit?size=100").json().path("items")) {
      if (entry.path("action").asText().equals("InstrumentClosed")
          && entry.path("subjectId").asText().equals("qredits_mkb_krediet")) {
        closing = entry;
        break;
      }
    }
    assertThat(closing).as("the close in the audit log").isNotNull();
    String who = closing.path("actor").asText();
    JsonNode theirs = admin.get("api/v1/admin/audit?size=100&actor=" + who).json();
    assertThat(theirs.path("total").asLong()).isPositive();
    assertThat(theirs.path("items")).allMatch(entry -> entry.path("actor").asText().equals(who));
    assertThat(admin.get("api/v1/admin/audit?size=0").status()).isEqualTo(400);
  }

  @Test
  void onlyAnAdministratorChangesTheCatalogue() {
    Http firmOwner = anonymous.as(TestKeycloak.tokenFor("anna"));

    assertThat(
            anonymous
                .post("api/v1/instruments/import", "application/yaml", "instruments: []")
                .status())
        .isEqualTo(401);
    assertThat(
            firmOwner
                .post("api/v1/instruments/import", "application/yaml", "instruments: []")
                .status())
        .isEqualTo(403);
  }

  private static List<String> ids(List<JsonNode> items) {
    return items.stream().map(i -> i.path("id").asText()).toList();
  }
}
