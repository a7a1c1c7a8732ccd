package nl.maakmatch.api.openapi;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.Arrays;
import java.util.UUID;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Gives path and query parameters the type a client must send. Payara describes a {@code UUID} or
 * an enum parameter as {@code type: object}, which generators turn into {@code Object id}; the
 * resource method's own parameter types say {@code string} with {@code format: uuid}, or the enum's
 * values.
 */
final class ParameterSchemas {

  private ParameterSchemas() {}

  static void apply(Operation operation, ResourceOperation facts) {
    if (operation.getParameters() == null || facts == null) {
      return;
    }
    for (Parameter parameter : operation.getParameters()) {
      Schema schema = parameter.getSchema();
      if (schema != null && schema.getType() != null && schema.getType() != SchemaType.OBJECT) {
        continue;
      }
      Arrays.stream(facts.handler().getParameters())
          .filter(
              p ->
                  named(
                      p.getAnnotation(PathParam.class),
                      p.getAnnotation(QueryParam.class),
                      p.getAnnotation(HeaderParam.class),
                      parameter))
          .findFirst()
          .map(p -> schemaOf(p.getType()))
          .ifPresent(
              typed -> {
                if (schema != null && schema.getDefaultValue() != null) {
                  typed.setDefaultValue(schema.getDefaultValue());
                }
                parameter.setSchema(typed);
              });
    }
  }

  private static boolean named(
      PathParam path, QueryParam query, HeaderParam header, Parameter described) {
    String name = described.getName();
    if (described.getIn() == Parameter.In.PATH) {
      return path != null && path.value().equals(name);
    }
    if (described.getIn() == Parameter.In.QUERY) {
      return query != null && query.value().equals(name);
    }
    return header != null && header.value().equalsIgnoreCase(name);
  }

  static Schema schemaOf(Class<?> type) {
    if (type == UUID.class) {
      return OASFactory.createSchema().type(SchemaType.STRING).format("uuid");
    }
    if (type.isEnum()) {
      Schema schema = OASFactory.createSchema().type(SchemaType.STRING);
      for (Object constant : type.getEnumConstants()) {
        schema.addEnumeration(((Enum<?>) constant).name());
      }
      return schema;
    }
    if (type == int.class || type == Integer.class) {
      return OASFactory.createSchema().type(SchemaType.INTEGER).format("int32");
    }
    if (type == long.class || type == Long.class) {
      return OASFactory.createSchema().type(SchemaType.INTEGER).format("int64");
    }
    if (type == boolean.class || type == Boolean.class) {
      return OASFactory.createSchema().type(SchemaType.BOOLEAN);
    }
    return OASFactory.createSchema().type(SchemaType.STRING);
  }
}
