package nl.maakmatch.api.openapi;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Puts right two things Payara's scanner writes that linters refuse. An inline {@code @Schema} (the
 * multipart upload) comes out with every attribute it did not set at its annotation default ({@code
 * maxItems: -2147483648}, {@code minItems: 2147483647}, {@code items} on an object…); a {@code Map}
 * keyed by an enum becomes a {@code $ref} to the enum with {@code additionalProperties} beside it.
 * The first loses the defaults, the second becomes an object whose keys the description names.
 */
final class SchemaTidying {

  private SchemaTidying() {}

  static void apply(OpenAPI openAPI) {
    Components components = openAPI.getComponents();
    Map<String, Schema> named =
        components == null || components.getSchemas() == null ? Map.of() : components.getSchemas();
    Walk walk = new Walk(named);
    named.values().forEach(walk::tidy);
    tidyOperations(openAPI, walk);
    // an enum that only keyed maps is now used by nothing: its values are in the descriptions
    for (String key : walk.keyEnums) {
      if (!walk.referenced.contains(key)) {
        components.removeSchema(key);
      }
    }
  }

  private static void tidyOperations(OpenAPI openAPI, Walk walk) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    openAPI
        .getPaths()
        .getPathItems()
        .values()
        .forEach(
            item -> {
              if (item.getOperations() == null) {
                return;
              }
              item.getOperations()
                  .values()
                  .forEach(
                      operation -> {
                        if (operation.getRequestBody() != null) {
                          walk.tidy(operation.getRequestBody().getContent());
                        }
                        if (operation.getParameters() != null) {
                          for (Parameter parameter : operation.getParameters()) {
                            walk.tidy(parameter.getSchema());
                          }
                        }
                        if (operation.getResponses() != null
                            && operation.getResponses().getAPIResponses() != null) {
                          operation
                              .getResponses()
                              .getAPIResponses()
                              .values()
                              .forEach(r -> walk.tidy(r.getContent()));
                        }
                      });
            });
  }

  /** One pass over the document: what it has seen, which enums keyed maps, what is referenced. */
  static final class Walk {
    private final Map<String, Schema> named;
    private final Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    final Set<String> keyEnums = new TreeSet<>();
    final Set<String> referenced = new TreeSet<>();

    Walk(Map<String, Schema> named) {
      this.named = named;
    }

    void tidy(Content content) {
      if (content == null || content.getMediaTypes() == null) {
        return;
      }
      for (MediaType media : content.getMediaTypes().values()) {
        tidy(media.getSchema());
      }
    }

    void tidy(Schema schema) {
      if (schema == null || !seen.add(schema)) {
        return;
      }
      dropAnnotationDefaults(schema);
      if (schema.getRef() != null && schema.getAdditionalPropertiesSchema() != null) {
        String key = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
        schema.setRef(null);
        schema.setType(SchemaType.OBJECT);
        schema.setEnumeration(null);
        keyEnums.add(key);
        if (schema.getDescription() == null) {
          schema.setDescription("Keyed by " + key + keyValues(named.get(key)));
        }
      }
      if (schema.getRef() != null) {
        referenced.add(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
      }
      if (schema.getType() == SchemaType.OBJECT) {
        schema.setItems(null);
      }
      // a JSON tree (JsonNode is Iterable) reads as an array of nothing: it is any JSON value
      if (schema.getType() == SchemaType.ARRAY && schema.getItems() == null) {
        schema.setType(null);
      }
      tidy(schema.getItems());
      tidy(schema.getAdditionalPropertiesSchema());
      Map<String, Schema> properties = schema.getProperties();
      if (properties != null) {
        properties.values().forEach(this::tidy);
      }
      for (List<Schema> composed :
          List.of(
              nonNull(schema.getAllOf()), nonNull(schema.getOneOf()), nonNull(schema.getAnyOf()))) {
        composed.forEach(this::tidy);
      }
    }

    private static String keyValues(Schema keyEnum) {
      if (keyEnum == null || keyEnum.getEnumeration() == null) {
        return "";
      }
      return ": "
          + keyEnum.getEnumeration().stream()
              .map(String::valueOf)
              .collect(Collectors.joining(", "));
    }
  }

  /** Removes the values an unset annotation attribute reads as, none of which a schema means. */
  private static void dropAnnotationDefaults(Schema schema) {
    if (schema.getMaxItems() != null && schema.getMaxItems() < 0) {
      schema.setMaxItems(null);
    }
    if (schema.getMinItems() != null
        && (schema.getMinItems() == Integer.MAX_VALUE || schema.getMinItems() <= 0)) {
      schema.setMinItems(null);
    }
    if (schema.getMaxLength() != null && schema.getMaxLength() == Integer.MAX_VALUE) {
      schema.setMaxLength(null);
    }
    if (schema.getMinLength() != null && schema.getMinLength() <= 0) {
      schema.setMinLength(null);
    }
    if (schema.getMaxProperties() != null && schema.getMaxProperties() <= 0) {
      schema.setMaxProperties(null);
    }
    if (schema.getMinProperties() != null && schema.getMinProperties() <= 0) {
      schema.setMinProperties(null);
    }
    if (schema.getMultipleOf() != null && schema.getMultipleOf().compareTo(BigDecimal.ZERO) <= 0) {
      schema.setMultipleOf(null);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
      schema.setExclusiveMaximum(null);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
      schema.setExclusiveMinimum(null);
    }
    if (Boolean.FALSE.equals(schema.getUniqueItems())) {
      schema.setUniqueItems(null);
    }
    if (Boolean.FALSE.equals(schema.getNullable())) {
      schema.setNullable(null);
    }
    if (Boolean.FALSE.equals(schema.getReadOnly())) {
      schema.setReadOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getWriteOnly())) {
      schema.setWriteOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getDeprecated())) {
      schema.setDeprecated(null);
    }
  }

  private static List<Schema> nonNull(List<Schema> schemas) {
    return schemas == null ? List.of() : schemas;
  }
}
