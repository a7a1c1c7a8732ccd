package nl.maakmatch.api.problem;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import nl.maakmatch.matching.text.Message;
import nl.maakmatch.matching.text.MessageRenderer;

/**
 * An RFC 9457 problem detail. {@code errors} lists each invalid field with its reason, so a client
 * can show it beside the field. Title and detail are in the caller's language.
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    String requestId,
    List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
  // built directly: MediaType.valueOf needs a JAX-RS runtime, which unit tests lack
  public static final MediaType MEDIA = new MediaType("application", "problem+json");

  /** One invalid input: {@code field} is a JSON path such as {@code plan.totalInvestmentEur}. */
  public record FieldError(String field, String reason) {}

  /** A problem of a status with its standard title and the detail, both in {@code locale}. */
  public static Problem of(int status, Message detail, Locale locale) {
    MessageRenderer renderer = MessageRenderer.in(locale);
    return new Problem(
        ProblemTypes.forStatus(status),
        renderer.render(ProblemMessages.title(status)),
        status,
        renderer.render(detail),
        null,
        null,
        null);
  }

  public Problem withErrors(List<FieldError> fieldErrors) {
    return new Problem(type, title, status, detail, instance, requestId, List.copyOf(fieldErrors));
  }

  public Problem withType(String problemType) {
    return new Problem(problemType, title, status, detail, instance, requestId, errors);
  }

  public Problem at(String path, String id) {
    return new Problem(type, title, status, detail, path, id, errors);
  }
}
