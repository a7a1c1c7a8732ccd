package nl.maakmatch.api.problem;

import static nl.maakmatch.api.problem.ProblemMessages.TEXT;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.maakmatch.matching.text.Message;
import nl.maakmatch.matching.text.MessageRenderer;

/**
 * Explains a request body that is not the JSON the endpoint expects: which field, and why, in the
 * caller's language and in words a client developer can act on (never a Java type name or a
 * parser's own message).
 */
final class JsonInputMapper {

  private JsonInputMapper() {}

  static Response respond(JsonProcessingException exception, UriInfo uri, Locale locale) {
    return Problems.respond(problemOf(exception, locale), uri);
  }

  static Problem problemOf(JsonProcessingException exception, Locale locale) {
    if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String reason = MessageRenderer.in(locale).render(reasonOf(mapping));
      return Problem.of(400, TEXT.get("invalidField"), locale)
          .withErrors(List.of(new Problem.FieldError(fieldOf(mapping), reason)));
    }
    if (exception instanceof StreamConstraintsException) {
      return Problem.of(400, TEXT.get("body.beyondLimits"), locale)
          .withType(ProblemTypes.MALFORMED);
    }
    var location = exception.getLocation();
    Message detail =
        location == null || location.getLineNr() < 1
            ? TEXT.get("body.notJson")
            : TEXT.get(
                "body.notJsonAt",
                String.valueOf(location.getLineNr()),
                String.valueOf(location.getColumnNr()));
    return Problem.of(400, detail, locale).withType(ProblemTypes.MALFORMED);
  }

  static String fieldOf(JsonMappingException mapping) {
    return mapping.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  private static Message reasonOf(JsonMappingException mapping) {
    if (mapping instanceof UnrecognizedPropertyException) {
      return TEXT.get("field.unknown");
    }
    if (mapping instanceof InvalidFormatException invalid) {
      Class<?> target = invalid.getTargetType();
      if (target == String.class) {
        return TEXT.get("field.controlCharacters");
      }
      if (target != null && target.isEnum()) {
        return TEXT.get("field.oneOf", names(target));
      }
      return TEXT.get("field.wrongForm", expected(target));
    }
    if (mapping instanceof MismatchedInputException mismatched) {
      return TEXT.get("field.mustBe", expected(mismatched.getTargetType()));
    }
    return TEXT.get("field.invalid");
  }

  private static Message expected(Class<?> type) {
    if (type == null) {
      return TEXT.get("type.other");
    }
    if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
      return TEXT.get("type.wholeNumber");
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
      return TEXT.get("type.number");
    }
    if (type == boolean.class || type == Boolean.class) {
      return TEXT.get("type.boolean");
    }
    if (type == String.class) {
      return TEXT.get("type.text");
    }
    if (type == LocalDate.class) {
      return TEXT.get("type.date");
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return TEXT.get("type.list");
    }
    if (type.isEnum()) {
      return TEXT.get("type.oneOf", names(type));
    }
    return TEXT.get("type.object");
  }

  private static String names(Class<?> enumType) {
    return Arrays.stream(enumType.getEnumConstants())
        .map(String::valueOf)
        .collect(Collectors.joining(", "));
  }
}
