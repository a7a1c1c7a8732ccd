package nl.maakmatch.api.problem;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A transaction that failed at commit (two people using one invitation at once, a duplicate).
 * Jersey's own mapper for this type rethrows its cause, which ends as an unexplained 500; this one
 * takes precedence and answers as every other failure is answered.
 */
@Provider
@Priority(1)
public class TransactionalFailureMapper implements ExceptionMapper<TransactionalException> {

  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(TransactionalException exception) {
    ThrowableMapper mapper = new ThrowableMapper();
    mapper.uri = uri;
    mapper.headers = headers;
    return mapper.toResponse(exception);
  }
}
