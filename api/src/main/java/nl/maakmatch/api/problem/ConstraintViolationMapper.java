package nl.maakmatch.api.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/** Bean Validation failures: 400 with every invalid field and the reason, in a stable order. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Context UriInfo uri;

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    List<Problem.FieldError> errors =
        exception.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    Problem problem =
        Problem.of(Response.Status.BAD_REQUEST, "The request has invalid fields.")
            .withType(ProblemTypes.VALIDATION)
            .withErrors(errors);
    return Problems.respond(problem, uri);
  }

  /**
   * The path as the client knows it: {@code plan.totalInvestmentEur} rather than {@code
   * preview.arg0.plan.totalInvestmentEur}, dropping the resource method and parameter nodes.
   */
  static String fieldOf(ConstraintViolation<?> violation) {
    StringBuilder field = new StringBuilder();
    for (Path.Node node : violation.getPropertyPath()) {
      ElementKind kind = node.getKind();
      if (kind == ElementKind.METHOD
          || kind == ElementKind.PARAMETER
          || kind == ElementKind.CROSS_PARAMETER
          || kind == ElementKind.RETURN_VALUE) {
        if (kind == ElementKind.PARAMETER && isQueryLike(node.getName())) {
          field.append(node.getName());
        }
        continue;
      }
      if (node.getName() == null) {
        continue;
      }
      if (!field.isEmpty()) {
        field.append('.');
      }
      field.append(node.getName());
      if (node.getIndex() != null) {
        field.append('[').append(node.getIndex()).append(']');
      } else if (node.getKey() != null) {
        field.append('[').append(node.getKey()).append(']');
      }
    }
    return field.isEmpty() ? "body" : field.toString();
  }

  /** Query and path parameters keep their name; a request body parameter (argN) does not. */
  private static boolean isQueryLike(String name) {
    return name != null && !name.matches("arg\\d+");
  }
}
