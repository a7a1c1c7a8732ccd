package nl.maakmatch.api.openapi;

import io.smallrye.openapi.api.models.OpenAPIImpl;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * OpenAPI documents shaped as Payara 6 builds them from the resources, flaws included: operation
 * ids that repeat (the Java method names), a {@code default} response instead of a status, the tag
 * list repeated per resource, a server URL with a trailing slash, schemas without constraints, and
 * (in {@link OpenAPIWithEndpoints}) the top-level {@code endpoints} map.
 */
final class PayaraLikeDocuments {

  private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");
  private static final String OPERATION_ANNOTATION =
      "org.eclipse.microprofile.openapi.annotations.Operation";

  private PayaraLikeDocuments() {}

  /** The whole API as Payara describes it before the filter. */
  static OpenAPI theWholeApi() {
    return documentOf(ResourceOperations.of(ApiOperations.RESOURCES), new OpenAPIWithEndpoints());
  }

  static OpenAPI documentOf(List<ResourceOperation> operations, OpenAPI document) {
    document.setOpenapi("3.0.0");
    document.setInfo(OASFactory.createInfo().title("Deployed Resources").version("1.0.0"));
    document.addServer(
        OASFactory.createServer().url("http://localhost:8080/").description("Default Server."));
    Paths paths = OASFactory.createPaths();
    document.setPaths(paths);
    document.setComponents(OASFactory.createComponents());
    for (ResourceOperation declared : operations) {
      PathItem item = paths.getPathItem(declared.path());
      if (item == null) {
        item = OASFactory.createPathItem();
        paths.addPathItem(declared.path(), item);
      }
      item.setOperation(PathItem.HttpMethod.valueOf(declared.method()), operation(declared));
      Tag tag = declared.resource().getAnnotation(Tag.class);
      if (tag != null) {
        // Payara lists a resource's tag once per resource, descriptions as written
        document.addTag(
            OASFactory.createTag()
                .name(tag.name())
                .description(tag.description().isEmpty() ? null : tag.description()));
      }
    }
    for (Class<?> record : ResourceOperations.requestRecords(operations)) {
      document.getComponents().addSchema(ConstraintSchemas.schemaName(record), schemaOf(record));
    }
    return document;
  }

  private static Operation operation(ResourceOperation declared) {
    Operation operation =
        OASFactory.createOperation()
            .operationId(declared.handler().getName())
            .summary(summaryOf(declared))
            .responses(
                OASFactory.createAPIResponses()
                    .addAPIResponse(
                        "default",
                        OASFactory.createAPIResponse().description("Default Response.")));
    Tag tag = declared.resource().getAnnotation(Tag.class);
    if (tag != null) {
      operation.addTag(tag.name());
    }
    Matcher names = TEMPLATE.matcher(declared.path());
    while (names.find()) {
      operation.addParameter(
          OASFactory.createParameter()
              .name(names.group(1))
              .in(Parameter.In.PATH)
              .required(true)
              // as Payara describes a UUID or enum parameter
              .schema(OASFactory.createSchema().type(SchemaType.OBJECT)));
    }
    declared
        .body()
        .ifPresent(
            type ->
                operation.setRequestBody(
                    OASFactory.createRequestBody()
                        .content(
                            OASFactory.createContent()
                                .addMediaType(
                                    "application/json",
                                    OASFactory.createMediaType().schema(schemaOfType(type))))));
    return operation;
  }

  /** The summary of the method's {@code @Operation} (named, not imported: see the model's). */
  private static String summaryOf(ResourceOperation declared) {
    for (Annotation annotation : declared.handler().getAnnotations()) {
      if (annotation.annotationType().getName().equals(OPERATION_ANNOTATION)) {
        try {
          return (String) annotation.annotationType().getMethod("summary").invoke(annotation);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    }
    return null;
  }

  private static Schema schemaOf(Class<?> record) {
    Map<String, Schema> properties = new LinkedHashMap<>();
    for (RecordComponent component : record.getRecordComponents()) {
      properties.put(component.getName(), schemaOfType(component.getGenericType()));
    }
    return OASFactory.createSchema().type(SchemaType.OBJECT).properties(properties);
  }

  private static Schema schemaOfType(Type type) {
    Class<?> raw =
        type instanceof ParameterizedType parameterized
            ? (Class<?>) parameterized.getRawType()
            : type instanceof Class<?> c ? c : Object.class;
    if (Collection.class.isAssignableFrom(raw)) {
      Type element =
          type instanceof ParameterizedType parameterized
              ? parameterized.getActualTypeArguments()[0]
              : Object.class;
      return OASFactory.createSchema()
          .type(SchemaType.ARRAY)
          .items(schemaOfType(element))
          .uniqueItems(Set.class.isAssignableFrom(raw) ? Boolean.TRUE : null);
    }
    if (raw.isRecord()) {
      return OASFactory.createSchema().ref(ConstraintSchemas.schemaName(raw));
    }
    if (raw == String.class || raw.isEnum()) {
      return OASFactory.createSchema().type(SchemaType.STRING);
    }
    if (raw == LocalDate.class) {
      return OASFactory.createSchema().type(SchemaType.STRING).format("date");
    }
    if (raw == Long.class || raw == Integer.class || raw == long.class || raw == int.class) {
      return OASFactory.createSchema().type(SchemaType.INTEGER);
    }
    if (Number.class.isAssignableFrom(raw)) {
      return OASFactory.createSchema().type(SchemaType.NUMBER);
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return OASFactory.createSchema().type(SchemaType.BOOLEAN);
    }
    return OASFactory.createSchema().type(SchemaType.OBJECT);
  }

  /** Payara's document class, as far as its non-standard map goes. */
  static final class OpenAPIWithEndpoints extends OpenAPIImpl {
    private Map<String, Set<String>> endpoints =
        new TreeMap<>(Map.of("/", Set.of("/api/v1/instruments")));

    public Map<String, Set<String>> getEndpoints() {
      return endpoints;
    }

    public void setEndpoints(Map<String, Set<String>> endpoints) {
      this.endpoints = endpoints;
    }
  }
}
