package nl.maakmatch.api.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.UncheckedIOException;
import java.util.Locale;
import nl.maakmatch.api.JsonMapping;
import nl.maakmatch.api.logging.RequestId;

/** Turns a {@link Problem} into a response that names the request it belongs to. */
public final class Problems {

  /** The challenge of a 401: MaakMatch wants a bearer token of its realm (RFC 6750 §3). */
  public static final String BEARER_CHALLENGE = "Bearer realm=\"maakmatch\"";

  private Problems() {}

  public static Response respond(Problem problem, UriInfo uri) {
    String path = uri == null ? null : uri.getRequestUri().getRawPath();
    return Response.status(problem.status())
        .type(Problem.MEDIA)
        .entity(problem.at(path, RequestId.current()))
        .build();
  }

  /** The JSON of a problem, for answers written outside JAX-RS (servlet filters, error pages). */
  public static byte[] json(Problem problem) {
    try {
      return JsonMapping.mapper().writeValueAsBytes(problem);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The problem for a bare status (404 on an unknown path, 405, 415, …). */
  public static Problem ofStatus(int status, Locale locale) {
    return Problem.of(status, ProblemMessages.TEXT.get(statusKey(status)), locale);
  }

  /** Our failure: the caller gets the id to quote, never the cause. */
  public static Problem unexpected(String requestId, Locale locale) {
    return Problem.of(500, ProblemMessages.TEXT.get("unexpected", requestId), locale);
  }

  /** A request body beyond the limit, which is named. */
  public static Problem tooLarge(long limit, Locale locale) {
    return Problem.of(
        413, ProblemMessages.TEXT.get("body.tooLarge", String.valueOf(limit)), locale);
  }

  private static String statusKey(int status) {
    return switch (status) {
      case 400 -> "status.badRequest";
      case 401 -> "status.unauthorized";
      case 403 -> "status.forbidden";
      case 404 -> "status.notFound";
      case 405 -> "status.methodNotAllowed";
      case 406 -> "status.notAcceptable";
      case 413 -> "status.tooLarge";
      case 415 -> "status.unsupportedMediaType";
      case 503 -> "status.unavailable";
      default -> status >= 500 ? "status.serverError" : "status.clientError";
    };
  }
}
