package nl.maakmatch.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The deployed platform as an API client and an operator see it. */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.maakmatch();
  }

  @ArquillianResource URL deployed;

  private Http http;

  @BeforeEach
  void connect() {
    http = new Http(deployed);
  }

  @Test
  void isReadyWhenTheDatabaseAnswers() {
    Http.Reply ready = http.get("health/ready");

    assertThat(ready.status()).isEqualTo(200);
    assertThat(ready.json().path("status").asText()).isEqualTo("UP");
    assertThat(http.get("health/live").status()).isEqualTo(200);
  }

  @Test
  void listsTheShippedCatalogueFromTheDatabaseWithSources() {
    assertThat(http.get("api/v1/instruments").status()).isEqualTo(200);
    List<JsonNode> items = http.allItems("api/v1/instruments");
    List<String> ids = new ArrayList<>();
    items.forEach(i -> ids.add(i.path("id").asText()));
    assertThat(ids).contains("bmkb", "go", "invest_nl", "rom_bom", "wbio_proposed");
    items.forEach(i -> assertThat(i.path("sources").size()).as(i.path("id").asText()).isPositive());
  }

  @Test
  void neverListsAProposedOrClosedInstrumentAsAvailable() {
    List<JsonNode> items = http.allItems("api/v1/instruments?status=AVAILABLE");

    assertThat(items).isNotEmpty();
    items.forEach(i -> assertThat(i.path("status").asText()).isEqualTo("AVAILABLE"));
    items.forEach(i -> assertThat(i.path("id").asText()).doesNotEndWith("_proposed").isNotEqualTo("rdm"));
  }

  @Test
  void showsOneInstrumentWithItsFullDefinition() {
    Http.Reply reply = http.get("api/v1/instruments/go");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().path("name").asText()).contains("Garantie Ondernemingsfinanciering");
    assertThat(reply.json().path("definition").path("amount").path("min_loan_eur").asLong())
        .isEqualTo(1_500_000);
  }

  @Test
  void answersAnUnknownInstrumentWithProblemJson404() {
    Http.Reply reply = http.get("api/v1/instruments/nope");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    assertThat(reply.json().path("status").asInt()).isEqualTo(404);
    assertThat(reply.json().path("detail").asText()).contains("nope");
    assertThat(reply.json().path("requestId").asText()).isEqualTo(reply.header("X-Request-Id"));
  }

  @Test
  void rejectsAnUnknownStatusFilterNamingTheParameter() {
    Http.Reply reply = http.get("api/v1/instruments?status=OPEN");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    assertThat(reply.json().path("errors").get(0).path("field").asText()).isEqualTo("status");
  }

  @Test
  void answersAnUnknownAddressWithProblemJson404() {
    Http.Reply reply = http.get("api/v1/no-such-thing");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void describesEveryEndpointInOpenApi() {
    Http.Reply reply = http.send(java.net.http.HttpRequest.newBuilder(
        java.net.URI.create(deployedRoot() + "openapi")).header("Accept", "application/json").GET());

    assertThat(reply.status()).isEqualTo(200);
    JsonNode paths = reply.json().path("paths");
    assertThat(paths.has("/api/v1/instruments")).as(paths.toString()).isTrue();
    assertThat(paths.has("/api/v1/instruments/{id}")).isTrue();
  }

  @Test
  void servesMetrics() {
    assertThat(http.get("metrics").status()).isEqualTo(200);
  }

  private String deployedRoot() {
    return deployed.getProtocol() + "://" + deployed.getHost() + ":" + deployed.getPort() + "/";
  }
}
