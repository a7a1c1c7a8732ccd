package nl.maakmatch.api.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.maakmatch.api.logging.RequestId;
import nl.maakmatch.domain.BusinessRuleViolation;
import nl.maakmatch.domain.Explained;
import nl.maakmatch.domain.RecordNotFound;
import nl.maakmatch.domain.StaleVersion;
import nl.maakmatch.domain.StateConflict;
import nl.maakmatch.domain.access.NotPermitted;
import nl.maakmatch.matching.text.MessageRenderer;

/**
 * Everything not mapped more specifically. Containers wrap exceptions (EJB, JTA, JSON-B), so the
 * cause chain is searched for what the client did wrong before concluding it was us: a 500
 * carries the request id to quote, never a stack trace.
 */
@Provider
public class ThrowableMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ThrowableMapper.class.getName());

  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(Throwable exception) {
    return Problems.respond(classify(exception), uri);
  }

  Problem classify(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof RecordNotFound notFound) {
        return Problem.of(Response.Status.NOT_FOUND, said(notFound))
            .withType(ProblemTypes.NOT_FOUND);
      }
      if (t instanceof StaleVersion stale) {
        return Problem.of(Response.Status.CONFLICT, said(stale))
            .withType(ProblemTypes.STALE);
      }
      if (t instanceof NotPermitted denied) {
        return Problem.of(Response.Status.FORBIDDEN, said(denied))
            .withType(ProblemTypes.FORBIDDEN);
      }
      if (t instanceof PreconditionRequired missing) {
        return new Problem(
            ProblemTypes.PRECONDITION_REQUIRED,
            "Precondition Required",
            428,
            missing.getMessage(),
            null,
            null,
            null);
      }
      if (t instanceof BusinessRuleViolation rule) {
        return new Problem(
            ProblemTypes.BUSINESS_RULE + "/" + rule.rule(),
            "Unprocessable Content",
            422,
            said(rule),
            null,
            null,
            null);
      }
      if (t instanceof IllegalArgumentException invalid && invalid.getMessage() != null) {
        // the domain's own checks, behind Bean Validation: still the client's input
        return Problem.of(Response.Status.BAD_REQUEST, invalid.getMessage())
            .withType(ProblemTypes.VALIDATION);
      }
      if (t instanceof OptimisticLockException) {
        return Problem.of(
                Response.Status.CONFLICT,
                "Someone else changed this record after you loaded it. Reload it and apply your"
                    + " change again.")
            .withType(ProblemTypes.STALE);
      }
      if (t instanceof StateConflict conflict) {
        return Problem.of(Response.Status.CONFLICT, said(conflict))
            .withType(ProblemTypes.CONFLICT);
      }
      if (t instanceof InvalidInput invalid) {
        return Problem.of(Response.Status.BAD_REQUEST, "The request has invalid fields.")
            .withType(ProblemTypes.VALIDATION)
            .withErrors(invalid.errors());
      }
      if (t instanceof com.fasterxml.jackson.core.JsonProcessingException json) {
        return JsonInputMapper.problemOf(json, nl.maakmatch.api.Languages.of(headers));
      }
      if (MalformedInput.isMalformedInput(t)) {
        return Problem.of(Response.Status.BAD_REQUEST, MalformedInput.describe(t))
            .withType(ProblemTypes.MALFORMED);
      }
      if (t instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
        return fromWebApplication(web);
      }
    }
    String requestId = RequestId.current();
    LOG.log(Level.SEVERE, "event=http.unexpected requestId=" + requestId, exception);
    return Problem.of(
            Response.Status.INTERNAL_SERVER_ERROR,
            "Something went wrong on our side. Quote request id "
                + requestId
                + " when you contact support.")
        .withType(ProblemTypes.UNEXPECTED);
  }

  private String said(Explained error) {
    return MessageRenderer.in(nl.maakmatch.api.Languages.of(headers)).render(error.explanation());
  }

  private static Problem fromWebApplication(WebApplicationException web) {
    Response.StatusType status = web.getResponse().getStatusInfo();
    String detail =
        switch (status.getStatusCode()) {
          case 404 -> "There is nothing at this address.";
          case 405 -> "This address does not accept that method.";
          case 406 -> "This address cannot answer in the media type you asked for.";
          case 415 -> "Send the request body as application/json.";
          default -> web.getMessage();
        };
    String type = status.getStatusCode() == 404 ? ProblemTypes.NOT_FOUND : "about:blank";
    return new Problem(
        type, status.getReasonPhrase(), status.getStatusCode(), detail, null, null, null);
  }
}
