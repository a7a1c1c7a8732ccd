package nl.maakmatch.api.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Explains a request body that is not the JSON the endpoint expects: which field, and why, in
 * words a client developer can act on (never a Java class name).
 */
final class JsonInputMapper {

  private JsonInputMapper() {}

  static Response respond(JsonProcessingException exception, UriInfo uri) {
    return Problems.respond(problemOf(exception), uri);
  }

  static Problem problemOf(JsonProcessingException exception) {
    Problem problem = Problem.of(Response.Status.BAD_REQUEST, detailOf(exception));
    if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      problem =
          problem
              .withType(ProblemTypes.VALIDATION)
              .withErrors(List.of(new Problem.FieldError(fieldOf(mapping), reasonOf(mapping))));
    } else {
      problem = problem.withType(ProblemTypes.MALFORMED);
    }
    return problem;
  }

  private static String detailOf(JsonProcessingException exception) {
    if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      return "The request has an invalid field.";
    }
    var location = exception.getLocation();
    String where =
        location == null
            ? ""
            : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    return "The request body is not valid JSON" + where + ": " + exception.getOriginalMessage();
  }

  static String fieldOf(JsonMappingException mapping) {
    return mapping.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  private static String reasonOf(JsonMappingException mapping) {
    if (mapping instanceof UnrecognizedPropertyException) {
      return "is not a field of this request";
    }
    if (mapping instanceof InvalidFormatException invalid) {
      Class<?> target = invalid.getTargetType();
      if (target != null && target.isEnum()) {
        return "must be one of "
            + java.util.Arrays.stream(target.getEnumConstants())
                .map(String::valueOf)
                .collect(Collectors.joining(", "));
      }
      return "has the wrong format: " + describe(target);
    }
    if (mapping instanceof ValueInstantiationException instantiation
        && instantiation.getCause() != null) {
      return instantiation.getCause().getMessage();
    }
    if (mapping instanceof MismatchedInputException mismatched) {
      return "must be " + describe(mismatched.getTargetType());
    }
    return "is not valid here";
  }

  private static String describe(Class<?> type) {
    if (type == null) {
      return "a value of another type";
    }
    if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
      return "a whole number";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
      return "a number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "text";
    }
    if (type == java.time.LocalDate.class) {
      return "a date as YYYY-MM-DD";
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    if (type.isEnum()) {
      return "one of "
          + java.util.Arrays.stream(type.getEnumConstants())
              .map(String::valueOf)
              .collect(Collectors.joining(", "));
    }
    return "an object";
  }
}
