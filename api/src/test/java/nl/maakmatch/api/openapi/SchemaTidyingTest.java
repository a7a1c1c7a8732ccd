package nl.maakmatch.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.junit.jupiter.api.Test;

class SchemaTidyingTest {

  @Test
  void dropsTheDefaultsOfAnInlineAnnotationButKeepsRealConstraints() {
    Schema file =
        OASFactory.createSchema()
            .type(SchemaType.STRING)
            .maxItems(Integer.MIN_VALUE)
            .minItems(Integer.MAX_VALUE)
            .maxLength(Integer.MAX_VALUE)
            .minLength(0)
            .multipleOf(BigDecimal.ZERO)
            .exclusiveMaximum(false)
            .nullable(false)
            .readOnly(false);
    Schema kind = OASFactory.createSchema().type(SchemaType.STRING).maxLength(40).minLength(1);
    Schema form =
        OASFactory.createSchema()
            .type(SchemaType.OBJECT)
            .addProperty("file", file)
            .addProperty("kind", kind)
            .items(OASFactory.createSchema().type(SchemaType.OBJECT));

    new SchemaTidying.Walk(Map.of()).tidy(form);

    assertThat(form.getItems()).isNull();
    assertThat(file.getMaxItems()).isNull();
    assertThat(file.getMinItems()).isNull();
    assertThat(file.getMaxLength()).isNull();
    assertThat(file.getMinLength()).isNull();
    assertThat(file.getMultipleOf()).isNull();
    assertThat(file.getExclusiveMaximum()).isNull();
    assertThat(file.getNullable()).isNull();
    assertThat(file.getReadOnly()).isNull();
    assertThat(kind.getMaxLength()).isEqualTo(40);
    assertThat(kind.getMinLength()).isEqualTo(1);
  }

  @Test
  void aMapKeyedByAnEnumBecomesAnObjectThatNamesItsKeys() {
    Schema byState =
        OASFactory.createSchema()
            .ref("#/components/schemas/IntroductionState")
            .additionalPropertiesSchema(OASFactory.createSchema().type(SchemaType.INTEGER));

    Schema state =
        OASFactory.createSchema().type(SchemaType.STRING).enumeration(List.of("SEEN", "FUNDED"));
    OpenAPI document =
        OASFactory.createOpenAPI()
            .components(
                OASFactory.createComponents()
                    .addSchema("IntroductionState", state)
                    .addSchema(
                        "RegionPipeline",
                        OASFactory.createSchema()
                            .type(SchemaType.OBJECT)
                            .addProperty("byState", byState)));

    SchemaTidying.apply(document);

    assertThat(byState.getRef()).isNull();
    assertThat(byState.getType()).isEqualTo(SchemaType.OBJECT);
    assertThat(byState.getDescription()).isEqualTo("Keyed by IntroductionState: SEEN, FUNDED");
    assertThat(document.getComponents().getSchemas()).doesNotContainKey("IntroductionState");
    assertThat(byState.getAdditionalPropertiesSchema().getType()).isEqualTo(SchemaType.INTEGER);
  }

  @Test
  void aJsonTreeIsAnyJsonValueNotAnArrayOfNothing() {
    Schema definition = OASFactory.createSchema().type(SchemaType.ARRAY);
    Schema list =
        OASFactory.createSchema()
            .type(SchemaType.ARRAY)
            .items(OASFactory.createSchema().type(SchemaType.STRING));

    SchemaTidying.Walk walk = new SchemaTidying.Walk(Map.of());
    walk.tidy(definition);
    walk.tidy(list);

    assertThat(definition.getType()).isNull();
    assertThat(list.getType()).isEqualTo(SchemaType.ARRAY);
  }
}
