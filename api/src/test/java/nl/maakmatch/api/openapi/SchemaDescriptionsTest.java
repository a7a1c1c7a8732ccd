package nl.maakmatch.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.junit.jupiter.api.Test;

class SchemaDescriptionsTest {

  @Test
  void describesSchemasAndPropertiesAndGivesExamples() {
    Schema answer =
        OASFactory.createSchema()
            .type(SchemaType.OBJECT)
            .addProperty("kind", OASFactory.createSchema().type(SchemaType.STRING))
            .addProperty("text", OASFactory.createSchema().type(SchemaType.STRING))
            .addProperty("offer", OASFactory.createSchema().ref("#/components/schemas/OfferInput"));
    Schema offer =
        OASFactory.createSchema()
            .type(SchemaType.OBJECT)
            .addProperty("amountEur", OASFactory.createSchema().type(SchemaType.INTEGER));
    Components components =
        OASFactory.createComponents()
            .addSchema("AnswerRequest", answer)
            .addSchema("OfferInput", offer);

    SchemaDescriptions.load().apply(components);

    assertThat(answer.getDescription()).isNotBlank();
    assertThat(answer.getProperties().get("text").getDescription()).isNotBlank();
    assertThat(answer.getProperties().get("offer").getDescription())
        .as("a $ref takes no siblings in OpenAPI 3.0")
        .isNull();
    assertThat(offer.getProperties().get("amountEur").getDescription())
        .containsIgnoringCase("euro");
    assertThat(answer.getProperties().get("kind").getExample()).isInstanceOf(String.class);
  }

  @Test
  void keepsADescriptionTheCodeGave() {
    Schema schema = OASFactory.createSchema().type(SchemaType.OBJECT).description("From @Schema");
    Components components = OASFactory.createComponents().addSchema("AnswerRequest", schema);

    SchemaDescriptions.load().apply(components);

    assertThat(schema.getDescription()).isEqualTo("From @Schema");
  }
}
