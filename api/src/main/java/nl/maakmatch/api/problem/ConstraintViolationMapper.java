package nl.maakmatch.api.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.maakmatch.api.Languages;
import nl.maakmatch.api.validation.FlatInJson;

/** Bean Validation failures: 400 with every invalid field and the reason, in a stable order. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  /** Loaded on first use, so that field paths can be worked out without a validation provider. */
  private static final class Interpolation {
    static final MessageInterpolator INTERPOLATOR =
        Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();
  }

  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    Locale locale = Languages.of(headers);
    List<Problem.FieldError> errors =
        exception.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(fieldOf(v), messageOf(v, locale)))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    Problem problem =
        Problem.of(400, ProblemMessages.TEXT.get("invalidFields"), locale).withErrors(errors);
    return Problems.respond(problem, uri);
  }

  /** The violation's message in the client's language (Dutch unless it asked for English). */
  static String messageOf(ConstraintViolation<?> violation, Locale locale) {
    MessageInterpolator.Context context =
        new MessageInterpolator.Context() {
          @Override
          public ConstraintDescriptor<?> getConstraintDescriptor() {
            return violation.getConstraintDescriptor();
          }

          @Override
          public Object getValidatedValue() {
            return violation.getInvalidValue();
          }

          @Override
          public <T> T unwrap(Class<T> type) {
            throw new ValidationException("cannot unwrap to " + type);
          }
        };
    try {
      return Interpolation.INTERPOLATOR.interpolate(
          violation.getMessageTemplate(), context, locale);
    } catch (RuntimeException e) {
      return violation.getMessage();
    }
  }

  /**
   * The path as the client knows it: {@code plan.totalInvestmentEur} rather than {@code
   * preview.arg0.plan.totalInvestmentEur}, dropping the resource method and parameter nodes, and
   * the name of a part the JSON writes flat ({@link FlatInJson}).
   */
  static String fieldOf(ConstraintViolation<?> violation) {
    StringBuilder field = new StringBuilder();
    List<Path.Node> nodes = new ArrayList<>();
    violation.getPropertyPath().forEach(nodes::add);
    int flatPart = flatPartOf(nodes, violation.getLeafBean());
    for (int i = 0; i < nodes.size(); i++) {
      if (i == flatPart) {
        continue;
      }
      Path.Node node = nodes.get(i);
      ElementKind kind = node.getKind();
      if (kind == ElementKind.METHOD
          || kind == ElementKind.CROSS_PARAMETER
          || kind == ElementKind.RETURN_VALUE) {
        continue;
      }
      if (kind == ElementKind.PARAMETER) {
        // a query or path parameter is the field itself; a request body is the root
        if (i == nodes.size() - 1) {
          field.append(node.getName());
        }
        continue;
      }
      // the place in the enclosing list or map belongs before this node's own name
      if (node.isInIterable()) {
        Object place = node.getIndex() != null ? node.getIndex() : node.getKey();
        field.append('[').append(place == null ? "" : place).append(']');
      }
      if (kind == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
        continue;
      }
      if (!field.isEmpty()) {
        field.append('.');
      }
      field.append(node.getName());
    }
    return field.isEmpty() ? "body" : field.toString();
  }

  /**
   * Where the path names a {@link FlatInJson} part that holds the invalid field, or -1. The part is
   * the violation's leaf bean: its field (or the one a check of the whole part names) comes last,
   * the part's own name just before.
   */
  private static int flatPartOf(List<Path.Node> nodes, Object leaf) {
    if (leaf == null || !leaf.getClass().isAnnotationPresent(FlatInJson.class) || nodes.isEmpty()) {
      return -1;
    }
    int last = nodes.size() - 1;
    Path.Node node = nodes.get(last);
    boolean fieldOfPart =
        node.getKind() == ElementKind.PROPERTY
            && leaf.getClass().isRecord()
            && Arrays.stream(leaf.getClass().getRecordComponents())
                .anyMatch(c -> c.getName().equals(node.getName()));
    return fieldOfPart ? last - 1 : last;
  }
}
