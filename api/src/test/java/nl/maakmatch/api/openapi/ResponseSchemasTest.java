package nl.maakmatch.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.maakmatch.api.organisation.OrganisationEventsResource;
import nl.maakmatch.api.organisation.WebhookResource;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.junit.jupiter.api.Test;

class ResponseSchemasTest {

  private final Components components = OASFactory.createComponents();

  @Test
  void aBodyPayaraLeftBareBecomesTheRecordItNames() {
    Operation operation = answering("200", OASFactory.createSchema().type(SchemaType.OBJECT));

    ResponseSchemas.complete(
        components,
        operation,
        declared(WebhookResource.class, "GET /api/v1/organisations/{code}/webhook"));

    assertThat(body(operation, "200").getRef()).isEqualTo("#/components/schemas/WebhookView");
    Schema webhook = components.getSchemas().get("WebhookView");
    assertThat(webhook.getProperties()).containsKeys("url", "secretEnding", "delivery", "version");
    assertThat(webhook.getProperties().get("delivery").getRef())
        .isEqualTo("#/components/schemas/Delivery");
    assertThat(webhook.getProperties().get("updatedAt").getFormat()).isEqualTo("date-time");
    assertThat(components.getSchemas().get("Delivery").getProperties())
        .containsKey("deliveredUpTo");
  }

  @Test
  void aListOfRecordsBecomesAnArrayOfReferences() {
    Operation operation =
        answering(
            "200",
            OASFactory.createSchema()
                .type(SchemaType.ARRAY)
                .items(OASFactory.createSchema().type(SchemaType.OBJECT)));

    ResponseSchemas.complete(
        components,
        operation,
        declared(OrganisationEventsResource.class, "GET /api/v1/organisations/{code}/events"));

    Schema body = body(operation, "200");
    assertThat(body.getType()).isEqualTo(SchemaType.ARRAY);
    assertThat(body.getItems().getRef()).isEqualTo("#/components/schemas/PublishedEvent");
    assertThat(components.getSchemas().get("PublishedEvent").getProperties())
        .containsKeys("id", "type", "introductionId", "organisation", "offer");
  }

  @Test
  void anInlineCopyOfAKnownRecordBecomesAReference() {
    Schema inline =
        OASFactory.createSchema()
            .type(SchemaType.OBJECT)
            .addProperty("url", OASFactory.createSchema().type(SchemaType.STRING));
    components.addSchema("WebhookView", inline);
    Operation operation = answering("200", inline);

    ResponseSchemas.complete(
        components,
        operation,
        declared(WebhookResource.class, "GET /api/v1/organisations/{code}/webhook"));

    assertThat(body(operation, "200").getRef()).isEqualTo("#/components/schemas/WebhookView");
    assertThat(components.getSchemas().get("WebhookView")).isSameAs(inline);
  }

  @Test
  void leavesABodyPayaraDescribedAlone() {
    Schema described = OASFactory.createSchema().ref("#/components/schemas/Elsewhere");
    Operation operation = answering("200", described);

    ResponseSchemas.complete(
        components,
        operation,
        declared(WebhookResource.class, "GET /api/v1/organisations/{code}/webhook"));

    assertThat(body(operation, "200")).isSameAs(described);
    assertThat(components.getSchemas()).isNull();
  }

  private static Operation answering(String code, Schema schema) {
    return OASFactory.createOperation()
        .responses(
            OASFactory.createAPIResponses()
                .addAPIResponse(
                    code,
                    OASFactory.createAPIResponse()
                        .content(
                            OASFactory.createContent()
                                .addMediaType(
                                    "application/json",
                                    OASFactory.createMediaType().schema(schema)))));
  }

  private static Schema body(Operation operation, String code) {
    return operation
        .getResponses()
        .getAPIResponse(code)
        .getContent()
        .getMediaType("application/json")
        .getSchema();
  }

  private static ResourceOperation declared(Class<?> resource, String key) {
    return ResourceOperations.of(List.of(resource)).stream()
        .filter(o -> o.key().equals(key))
        .findFirst()
        .orElseThrow();
  }
}
