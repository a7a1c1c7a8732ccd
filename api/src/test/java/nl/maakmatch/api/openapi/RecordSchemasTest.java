package nl.maakmatch.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.junit.jupiter.api.Test;

class RecordSchemasTest {

  record Answer(
      UUID id,
      LocalDate on,
      OffsetDateTime at,
      List<UUID> others,
      Object anything,
      String name,
      long amountEur) {}

  @Test
  void typesIdsDatesAndTimesPayaraLeftAsBareObjects() {
    Schema answer =
        OASFactory.createSchema()
            .type(SchemaType.OBJECT)
            .addProperty("id", bare().description("the answer's id"))
            .addProperty("on", bare())
            .addProperty("at", bare())
            .addProperty("others", OASFactory.createSchema().type(SchemaType.ARRAY).items(bare()))
            .addProperty("anything", bare())
            .addProperty("name", OASFactory.createSchema().type(SchemaType.STRING))
            .addProperty("amountEur", OASFactory.createSchema().type(SchemaType.NUMBER));
    Components components = OASFactory.createComponents().addSchema("Answer", answer);

    RecordSchemas.typeBareProperties(components, List.of(Answer.class));

    Schema id = answer.getProperties().get("id");
    assertThat(id.getType()).isEqualTo(SchemaType.STRING);
    assertThat(id.getFormat()).isEqualTo("uuid");
    assertThat(id.getDescription()).isEqualTo("the answer's id");
    assertThat(answer.getProperties().get("on").getFormat()).isEqualTo("date");
    assertThat(answer.getProperties().get("at").getFormat()).isEqualTo("date-time");
    assertThat(answer.getProperties().get("others").getItems().getFormat()).isEqualTo("uuid");
    assertThat(answer.getProperties().get("anything").getType()).isNull();
    assertThat(answer.getProperties().get("name").getType()).isEqualTo(SchemaType.STRING);
    assertThat(answer.getProperties().get("amountEur").getType()).isEqualTo(SchemaType.INTEGER);
    assertThat(answer.getProperties().get("amountEur").getFormat()).isEqualTo("int64");
  }

  private static Schema bare() {
    return OASFactory.createSchema().type(SchemaType.OBJECT);
  }
}
