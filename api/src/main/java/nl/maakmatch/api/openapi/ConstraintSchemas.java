package nl.maakmatch.api.openapi;

import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import nl.maakmatch.api.validation.FlatInJson;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Writes the Bean Validation constraints of the request records into their schemas, since Payara's
 * own scan fails on record components ({@code mp.openapi.scan.beanvalidation=false}). A record's
 * schema is the one named by its simple name (or its {@code @Schema(name)}); a property is named by
 * its component. Mapped: {@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty} to {@code required}
 * (and a minimum length or item count of 1 for the latter two); {@code @Size} to the lengths of a
 * text or the item counts of a list; {@code @Min}, {@code @Max}, {@code @DecimalMin},
 * {@code @DecimalMax}, {@code @Positive}, {@code @PositiveOrZero}, {@code @Negative},
 * {@code @NegativeOrZero} to {@code minimum}/{@code maximum}; {@code @Pattern} to {@code pattern},
 * anchored as Bean Validation matches the whole text. A composed constraint such as
 * {@code @EuroAmount} counts by the constraints it is annotated with. The fields of a
 * {@code @FlatInJson} part (a {@code @Valid} getter) count for the enclosing record, in the group
 * the getter converts to. What a schema cannot say (a validator's own logic, constraints on list
 * elements, a date in the past) is left to the 400 answer.
 */
final class ConstraintSchemas {

  private static final int MAX_COMPOSITION_DEPTH = 4;
  // named, not imported: the model's Schema is the one this class works with
  private static final String SCHEMA_ANNOTATION =
      "org.eclipse.microprofile.openapi.annotations.media.Schema";

  private ConstraintSchemas() {}

  /** Constrains the schemas in {@code components} of each of {@code records} that has one. */
  static void apply(Components components, Collection<Class<?>> records) {
    Map<String, Schema> schemas = components == null ? null : components.getSchemas();
    if (schemas == null) {
      return;
    }
    for (Class<?> record : records) {
      Schema schema = schemas.get(schemaName(record));
      if (schema == null || schema.getProperties() == null) {
        continue;
      }
      constrain(schema, record, Default.class);
      for (Method getter : record.getMethods()) {
        Class<?> part = getter.getReturnType();
        if (getter.getParameterCount() == 0
            && getter.isAnnotationPresent(Valid.class)
            && part.isRecord()
            && part.isAnnotationPresent(FlatInJson.class)) {
          constrain(schema, part, groupOf(getter));
        }
      }
    }
  }

  /** The name Payara gives a class's schema: its simple name, or the name its @Schema gives. */
  static String schemaName(Class<?> type) {
    for (Annotation annotation : type.getAnnotations()) {
      if (annotation.annotationType().getName().equals(SCHEMA_ANNOTATION)) {
        try {
          Object name = annotation.annotationType().getMethod("name").invoke(annotation);
          if (name instanceof String named && !named.isBlank()) {
            return named;
          }
        } catch (ReflectiveOperationException e) {
          break;
        }
      }
    }
    return type.getSimpleName();
  }

  private static void constrain(Schema schema, Class<?> record, Class<?> group) {
    for (RecordComponent component : record.getRecordComponents()) {
      String name = component.getName();
      Schema property = schema.getProperties().get(name);
      if (property == null) {
        continue;
      }
      Field field;
      try {
        field = record.getDeclaredField(name);
      } catch (NoSuchFieldException e) {
        continue;
      }
      Target target = new Target(schema, name, property, Kind.of(component.getType()));
      for (Annotation annotation : field.getAnnotations()) {
        if (inGroup(annotation, group)) {
          map(annotation, target, 0);
        }
      }
    }
  }

  private static void map(Annotation annotation, Target target, int depth) {
    if (annotation instanceof NotNull) {
      target.require();
    } else if (annotation instanceof NotBlank || annotation instanceof NotEmpty) {
      target.require();
      target.atLeast(1);
    } else if (annotation instanceof Size size) {
      if (size.min() > 0) {
        target.atLeast(size.min());
      }
      if (size.max() < Integer.MAX_VALUE) {
        target.atMost(size.max());
      }
    } else if (annotation instanceof Min min) {
      target.minimum(BigDecimal.valueOf(min.value()), false);
    } else if (annotation instanceof Max max) {
      target.maximum(BigDecimal.valueOf(max.value()), false);
    } else if (annotation instanceof DecimalMin min) {
      target.minimum(new BigDecimal(min.value()), !min.inclusive());
    } else if (annotation instanceof DecimalMax max) {
      target.maximum(new BigDecimal(max.value()), !max.inclusive());
    } else if (annotation instanceof Positive) {
      target.minimum(BigDecimal.ZERO, true);
    } else if (annotation instanceof PositiveOrZero) {
      target.minimum(BigDecimal.ZERO, false);
    } else if (annotation instanceof Negative) {
      target.maximum(BigDecimal.ZERO, true);
    } else if (annotation instanceof NegativeOrZero) {
      target.maximum(BigDecimal.ZERO, false);
    } else if (annotation instanceof Pattern pattern) {
      target.pattern(pattern.regexp());
    } else if (depth < MAX_COMPOSITION_DEPTH) {
      Class<? extends Annotation> type = annotation.annotationType();
      Annotation[] composing =
          type.isAnnotationPresent(Constraint.class) ? type.getAnnotations() : listed(annotation);
      for (Annotation part : composing) {
        map(part, target, depth + 1);
      }
    }
  }

  /** The constraints of a container such as {@code @Pattern.List}, else none. */
  private static Annotation[] listed(Annotation annotation) {
    try {
      Method value = annotation.annotationType().getMethod("value");
      return value.invoke(annotation) instanceof Annotation[] list ? list : new Annotation[0];
    } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
      return new Annotation[0];
    }
  }

  /** Whether a constraint is checked when validating in {@code group}. */
  private static boolean inGroup(Annotation annotation, Class<?> group) {
    Class<?>[] groups;
    try {
      Method method = annotation.annotationType().getMethod("groups");
      groups = (Class<?>[]) method.invoke(annotation);
    } catch (NoSuchMethodException
        | IllegalAccessException
        | InvocationTargetException
        | ClassCastException e) {
      // not a constraint, or a container of constraints: checked in every group
      return true;
    }
    Class<?>[] effective = groups.length == 0 ? new Class<?>[] {Default.class} : groups;
    return Arrays.stream(effective).anyMatch(g -> g.isAssignableFrom(group));
  }

  /** The group a {@code @Valid} getter validates its part in: its conversion of Default, if any. */
  private static Class<?> groupOf(Method getter) {
    for (ConvertGroup conversion : getter.getAnnotationsByType(ConvertGroup.class)) {
      if (conversion.from() == Default.class) {
        return conversion.to();
      }
    }
    return Default.class;
  }

  /** How a property's size is measured. */
  private enum Kind {
    TEXT,
    ITEMS,
    OTHER;

    static Kind of(Class<?> type) {
      if (CharSequence.class.isAssignableFrom(type)) {
        return TEXT;
      }
      if (Collection.class.isAssignableFrom(type) || type.isArray()) {
        return ITEMS;
      }
      return OTHER;
    }
  }

  /** One property of a schema, tightened constraint by constraint. */
  private record Target(Schema parent, String name, Schema property, Kind kind) {

    void require() {
      if (parent.getRequired() == null || !parent.getRequired().contains(name)) {
        parent.addRequired(name);
      }
    }

    /** A reference to another schema takes no siblings: its constraints live in that schema. */
    private boolean inline() {
      return property.getRef() == null;
    }

    void atLeast(int count) {
      if (!inline()) {
        return;
      }
      if (kind == Kind.TEXT
          && (property.getMinLength() == null || property.getMinLength() < count)) {
        property.setMinLength(count);
      } else if (kind == Kind.ITEMS
          && (property.getMinItems() == null || property.getMinItems() < count)) {
        property.setMinItems(count);
      }
    }

    void atMost(int count) {
      if (!inline()) {
        return;
      }
      if (kind == Kind.TEXT
          && (property.getMaxLength() == null || property.getMaxLength() > count)) {
        property.setMaxLength(count);
      } else if (kind == Kind.ITEMS
          && (property.getMaxItems() == null || property.getMaxItems() > count)) {
        property.setMaxItems(count);
      }
    }

    void minimum(BigDecimal value, boolean exclusive) {
      if (!inline()) {
        return;
      }
      BigDecimal current = property.getMinimum();
      int order = current == null ? 1 : value.compareTo(current);
      if (order > 0) {
        property.setMinimum(value);
        property.setExclusiveMinimum(exclusive ? Boolean.TRUE : null);
      } else if (order == 0 && exclusive) {
        property.setExclusiveMinimum(Boolean.TRUE);
      }
    }

    void maximum(BigDecimal value, boolean exclusive) {
      if (!inline()) {
        return;
      }
      BigDecimal current = property.getMaximum();
      int order = current == null ? -1 : value.compareTo(current);
      if (order < 0) {
        property.setMaximum(value);
        property.setExclusiveMaximum(exclusive ? Boolean.TRUE : null);
      } else if (order == 0 && exclusive) {
        property.setExclusiveMaximum(Boolean.TRUE);
      }
    }

    /**
     * Bean Validation matches the whole text, a schema's pattern any part of it: anchored. A second
     * pattern on the same property must hold as well, so it joins the first as a lookahead.
     */
    void pattern(String regexp) {
      if (!inline() || kind != Kind.TEXT) {
        return;
      }
      String anchored = "^(?:" + regexp + ")$";
      String current = property.getPattern();
      if (current == null) {
        property.setPattern(anchored);
      } else if (!current.contains("(?:" + regexp + ")$")) {
        property.setPattern("^(?=" + anchored.substring(1) + ")" + current.substring(1));
      }
    }
  }
}
