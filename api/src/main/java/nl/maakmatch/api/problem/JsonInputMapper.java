package nl.maakmatch.api.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.maakmatch.api.Languages;

/**
 * Explains a request body that is not the JSON the endpoint expects: which field, and why, in
 * the caller's language and in words a client developer can act on (never a Java class name).
 */
final class JsonInputMapper {

  private JsonInputMapper() {}

  static Response respond(JsonProcessingException exception, UriInfo uri, Locale locale) {
    return Problems.respond(problemOf(exception, locale), uri);
  }

  static Problem problemOf(JsonProcessingException exception, Locale locale) {
    boolean english = Languages.isEnglish(locale);
    if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      return Problem.of(
              Response.Status.BAD_REQUEST,
              english ? "The request has an invalid field." : "Het verzoek heeft een ongeldig veld.")
          .withType(ProblemTypes.VALIDATION)
          .withErrors(List.of(new Problem.FieldError(fieldOf(mapping), reasonOf(mapping, english))));
    }
    var location = exception.getLocation();
    String where =
        location == null
            ? ""
            : english
                ? " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")"
                : " (regel " + location.getLineNr() + ", kolom " + location.getColumnNr() + ")";
    String detail =
        (english ? "The request body is not valid JSON" : "De inhoud van het verzoek is geen geldige JSON")
            + where
            + ": "
            + exception.getOriginalMessage();
    return Problem.of(Response.Status.BAD_REQUEST, detail).withType(ProblemTypes.MALFORMED);
  }

  static String fieldOf(JsonMappingException mapping) {
    return mapping.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  private static String reasonOf(JsonMappingException mapping, boolean english) {
    if (mapping instanceof UnrecognizedPropertyException) {
      return english ? "is not a field of this request" : "is geen veld van dit verzoek";
    }
    if (mapping instanceof InvalidFormatException invalid) {
      Class<?> target = invalid.getTargetType();
      if (target != null && target.isEnum()) {
        return (english ? "must be one of " : "moet een van deze zijn: ") + names(target);
      }
      return (english ? "has the wrong form: expected " : "heeft de verkeerde vorm: verwacht ")
          + describe(target, english);
    }
    if (mapping instanceof ValueInstantiationException instantiation
        && instantiation.getCause() != null) {
      return instantiation.getCause().getMessage();
    }
    if (mapping instanceof MismatchedInputException mismatched) {
      return english
          ? "must be " + describe(mismatched.getTargetType(), true)
          : "moet " + describe(mismatched.getTargetType(), false) + " zijn";
    }
    return english ? "is not valid here" : "is hier niet geldig";
  }

  private static String describe(Class<?> type, boolean english) {
    if (type == null) {
      return english ? "a value of another type" : "een waarde van een ander type";
    }
    if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
      return english ? "a whole number" : "een geheel getal";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
      return english ? "a number" : "een getal";
    }
    if (type == boolean.class || type == Boolean.class) {
      return english ? "true or false" : "true of false";
    }
    if (type == String.class) {
      return english ? "text" : "tekst";
    }
    if (type == LocalDate.class) {
      return english ? "a date as YYYY-MM-DD" : "een datum als JJJJ-MM-DD";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return english ? "a list" : "een lijst";
    }
    if (type.isEnum()) {
      return (english ? "one of " : "een van ") + names(type);
    }
    return english ? "an object" : "een object";
  }

  private static String names(Class<?> enumType) {
    return Arrays.stream(enumType.getEnumConstants())
        .map(String::valueOf)
        .collect(Collectors.joining(", "));
  }
}
