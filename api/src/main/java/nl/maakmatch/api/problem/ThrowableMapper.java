package nl.maakmatch.api.problem;

import static nl.maakmatch.api.problem.ProblemMessages.TEXT;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.resource.spi.ResourceAllocationException;
import jakarta.transaction.SystemException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.maakmatch.api.Languages;
import nl.maakmatch.api.logging.RequestId;
import nl.maakmatch.domain.BusinessRuleViolation;
import nl.maakmatch.domain.Explained;
import nl.maakmatch.domain.RecordNotFound;
import nl.maakmatch.domain.StaleVersion;
import nl.maakmatch.domain.StateConflict;
import nl.maakmatch.domain.access.NotPermitted;

/**
 * Everything not mapped more specifically. Containers wrap exceptions (EJB, JTA, JSON), so the
 * cause chain is searched for what the client did wrong before concluding it was us: a 500 carries
 * the request id to quote, never a stack trace or an internal name.
 */
@Provider
public class ThrowableMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ThrowableMapper.class.getName());

  /** A database restart takes seconds: a client retrying sooner would only add load. */
  static final String RETRY_AFTER_SECONDS = "5";

  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(Throwable exception) {
    Response response = Problems.respond(classify(exception), uri);
    if (response.getStatus() == 401) {
      return Response.fromResponse(response)
          .header(HttpHeaders.WWW_AUTHENTICATE, Problems.BEARER_CHALLENGE)
          .build();
    }
    if (response.getStatus() == 503) {
      return Response.fromResponse(response)
          .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
          .build();
    }
    if (response.getStatus() == 405 && exception instanceof WebApplicationException web) {
      // keep the Allow header the runtime computed
      return Response.fromResponse(response)
          .header(HttpHeaders.ALLOW, web.getResponse().getHeaderString(HttpHeaders.ALLOW))
          .build();
    }
    return response;
  }

  Problem classify(Throwable exception) {
    Locale locale = Languages.of(headers);
    boolean transactionManagerFailed = false;
    for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
      Problem known = known(t, locale);
      if (known != null) {
        return known;
      }
      transactionManagerFailed |= t instanceof SystemException;
    }
    // The transaction manager could not end the transaction: its one resource, the database, went
    // away while it committed. When the flush at commit fails on a connection the database ended,
    // Payara rolls back, the rollback fails on the closed connection too, and what reaches us is a
    // bare SystemException with the database's own error only in the server log. PostgreSQL drops
    // a transaction whose connection ended, so this is an outage to retry, like 08xxx.
    if (transactionManagerFailed) {
      return Problem.of(503, TEXT.get("databaseUnavailable"), locale);
    }
    String requestId = RequestId.current();
    LOG.log(Level.SEVERE, "event=http.unexpected requestId=" + requestId, exception);
    return Problems.unexpected(String.valueOf(requestId), locale);
  }

  private Problem known(Throwable t, Locale locale) {
    if (t instanceof RequestTooLarge tooLarge) {
      return Problems.tooLarge(tooLarge.limit(), locale);
    }
    if (t instanceof RecordNotFound notFound) {
      return explained(404, notFound, locale);
    }
    if (t instanceof StaleVersion stale) {
      // the client's If-Match names a version that is no longer current (RFC 9110 §13.1.1)
      return explained(412, stale, locale);
    }
    if (t instanceof NotPermitted denied) {
      return explained(403, denied, locale);
    }
    if (t instanceof PreconditionRequired) {
      return Problem.of(428, TEXT.get("preconditionRequired"), locale);
    }
    if (t instanceof BusinessRuleViolation rule) {
      return explained(422, rule, locale).withType(ProblemTypes.BUSINESS_RULE + "/" + rule.rule());
    }
    if (t instanceof StateConflict conflict) {
      return explained(409, conflict, locale);
    }
    if (t instanceof IllegalArgumentException) {
      // a domain invariant behind Bean Validation: still the client's input; its text is internal
      return Problem.of(400, TEXT.get("invalidValue"), locale);
    }
    if (t instanceof InvalidInput invalid) {
      return Problem.of(400, TEXT.get("invalidFields"), locale).withErrors(invalid.errors(locale));
    }
    if (t instanceof OptimisticLockException) {
      return Problem.of(409, TEXT.get("concurrentChange"), locale).withType(ProblemTypes.STALE);
    }
    if (t instanceof ResourceAllocationException) {
      // the pool could give no connection (the database refuses them, or all are in use):
      // nothing was written, whatever the server said
      return Problem.of(503, TEXT.get("databaseUnavailable"), locale);
    }
    if (t instanceof SQLException sql && sql.getSQLState() != null) {
      return database(sql.getSQLState(), locale);
    }
    if (t instanceof JsonProcessingException json) {
      return JsonInputMapper.problemOf(json, locale);
    }
    if (MalformedInput.isMalformedInput(t)) {
      return MalformedInput.problemOf(t, locale);
    }
    if (t instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
      return Problems.ofStatus(web.getResponse().getStatus(), locale);
    }
    return null;
  }

  /**
   * A database that cannot be reached (503, to retry), or a write it refused at commit. Integrity
   * and serialization failures are a conflict with data that changed meanwhile (two people using
   * one invitation at once, a duplicate); data the database cannot store is the client's input.
   * Anything else is ours (null).
   */
  private static Problem database(String sqlState, Locale locale) {
    // no connection, the server shutting down or restarting, or out of connections: nothing was
    // written, and the same request will succeed once the database is back
    if (sqlState.startsWith("08") || sqlState.startsWith("57P") || sqlState.equals("53300")) {
      return Problem.of(503, TEXT.get("databaseUnavailable"), locale);
    }
    if (sqlState.startsWith("23") || sqlState.equals("40001") || sqlState.equals("40P01")) {
      return Problem.of(409, TEXT.get("conflictAtCommit"), locale);
    }
    if (sqlState.startsWith("22")) {
      return Problem.of(422, TEXT.get("unstorableValue"), locale).withType(ProblemTypes.VALIDATION);
    }
    return null;
  }

  private static Problem explained(int status, Explained error, Locale locale) {
    return Problem.of(status, error.explanation(), locale);
  }
}
