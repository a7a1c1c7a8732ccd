package nl.maakmatch.api.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Schemas of MaakMatch's records as JSON-B/Jackson write them. Payara describes a {@code UUID}, a
 * date or a time as a bare {@code type: object}, which a generated client reads as {@code Object};
 * {@link #typeBareProperties} gives such properties the string format they are sent in, and a
 * {@code long} (euros, versions) {@code integer} where Payara wrote {@code number}, from the
 * record's own component types.
 */
final class RecordSchemas {

  private static final String COMPONENTS = "#/components/schemas/";

  private RecordSchemas() {}

  /** Types each bare property of the records' component schemas by its Java type. */
  static void typeBareProperties(Components components, Collection<Class<?>> records) {
    Map<String, Schema> schemas = components == null ? null : components.getSchemas();
    if (schemas == null) {
      return;
    }
    for (Class<?> record : records) {
      Schema schema = schemas.get(ConstraintSchemas.schemaName(record));
      if (schema == null || schema.getProperties() == null) {
        continue;
      }
      for (RecordComponent component : record.getRecordComponents()) {
        Schema property = schema.getProperties().get(component.getName());
        if (property == null) {
          continue;
        }
        Type type = component.getGenericType();
        if (property.getType() == SchemaType.NUMBER && isWhole(raw(type))) {
          schema.addProperty(component.getName(), typed(property, scalar(raw(type))));
        } else if (bare(property)) {
          schema.addProperty(component.getName(), typed(property, scalarOrAny(raw(type))));
        } else if (property.getType() == SchemaType.ARRAY
            && bare(property.getItems())
            && Collection.class.isAssignableFrom(raw(type))) {
          property.setItems(scalarOrAny(raw(argument(type, 0))));
        }
      }
    }
  }

  private static boolean isWhole(Class<?> raw) {
    return raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class;
  }

  /** An object schema that says nothing of its content (Payara's model may hold empty maps). */
  static boolean bare(Schema schema) {
    return schema != null
        && (schema.getType() == null || schema.getType() == SchemaType.OBJECT)
        && schema.getRef() == null
        && (schema.getProperties() == null || schema.getProperties().isEmpty())
        && schema.getAdditionalPropertiesSchema() == null
        && (schema.getEnumeration() == null || schema.getEnumeration().isEmpty())
        && (schema.getAllOf() == null || schema.getAllOf().isEmpty())
        && (schema.getOneOf() == null || schema.getOneOf().isEmpty())
        && (schema.getAnyOf() == null || schema.getAnyOf().isEmpty());
  }

  /** The new schema, keeping what Payara had written besides the type (its description). */
  private static Schema typed(Schema was, Schema now) {
    if (was.getDescription() != null) {
      now.setDescription(was.getDescription());
    }
    return now;
  }

  /** The schema of a value Payara could not type: an id, a date, a time, or any JSON. */
  private static Schema scalarOrAny(Class<?> raw) {
    if (raw == JsonNode.class || raw == Object.class) {
      return OASFactory.createSchema();
    }
    if (raw == UUID.class
        || raw == LocalDate.class
        || raw == OffsetDateTime.class
        || raw == Instant.class
        || raw == ZonedDateTime.class) {
      return scalar(raw);
    }
    return OASFactory.createSchema().type(SchemaType.OBJECT);
  }

  /** A reference to the record's component schema, defined (with its parts) if it is not yet. */
  static Schema define(Components components, Class<?> record) {
    String name = ConstraintSchemas.schemaName(record);
    if (components.getSchemas() == null || !components.getSchemas().containsKey(name)) {
      Schema schema = OASFactory.createSchema().type(SchemaType.OBJECT);
      components.addSchema(name, schema);
      for (RecordComponent component : record.getRecordComponents()) {
        schema.addProperty(component.getName(), of(components, component.getGenericType()));
      }
    }
    return OASFactory.createSchema().ref(COMPONENTS + name);
  }

  static Schema of(Components components, Type type) {
    Class<?> raw = raw(type);
    if (Collection.class.isAssignableFrom(raw)) {
      return OASFactory.createSchema()
          .type(SchemaType.ARRAY)
          .items(of(components, argument(type, 0)));
    }
    if (Map.class.isAssignableFrom(raw)) {
      return OASFactory.createSchema()
          .type(SchemaType.OBJECT)
          .additionalPropertiesSchema(of(components, argument(type, 1)));
    }
    if (raw.isRecord()) {
      return define(components, raw);
    }
    if (raw.isEnum()) {
      Schema schema = OASFactory.createSchema().type(SchemaType.STRING);
      for (Object constant : raw.getEnumConstants()) {
        schema.addEnumeration(((Enum<?>) constant).name());
      }
      return schema;
    }
    if (raw == JsonNode.class || raw == Object.class) {
      return OASFactory.createSchema();
    }
    return scalar(raw);
  }

  private static Schema scalar(Class<?> raw) {
    if (raw == UUID.class) {
      return OASFactory.createSchema().type(SchemaType.STRING).format("uuid");
    }
    if (raw == LocalDate.class) {
      return OASFactory.createSchema().type(SchemaType.STRING).format("date");
    }
    if (raw == OffsetDateTime.class || raw == Instant.class || raw == ZonedDateTime.class) {
      return OASFactory.createSchema().type(SchemaType.STRING).format("date-time");
    }
    if (raw == int.class || raw == Integer.class) {
      return OASFactory.createSchema().type(SchemaType.INTEGER).format("int32");
    }
    if (raw == long.class || raw == Long.class) {
      return OASFactory.createSchema().type(SchemaType.INTEGER).format("int64");
    }
    if (raw == double.class || raw == Double.class || raw == BigDecimal.class) {
      return OASFactory.createSchema().type(SchemaType.NUMBER);
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return OASFactory.createSchema().type(SchemaType.BOOLEAN);
    }
    return OASFactory.createSchema().type(SchemaType.STRING);
  }

  private static Class<?> raw(Type type) {
    if (type instanceof ParameterizedType parameterized) {
      return (Class<?>) parameterized.getRawType();
    }
    return type instanceof Class<?> c ? c : Object.class;
  }

  private static Type argument(Type type, int index) {
    return type instanceof ParameterizedType parameterized
        ? parameterized.getActualTypeArguments()[index]
        : Object.class;
  }
}
