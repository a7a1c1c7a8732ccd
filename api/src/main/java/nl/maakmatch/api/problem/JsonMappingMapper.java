package nl.maakmatch.api.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.maakmatch.api.Languages;

/** Well-formed JSON of the wrong shape. Takes precedence over Jersey's plain-text mapper. */
@Provider
@Priority(1)
public class JsonMappingMapper implements ExceptionMapper<JsonMappingException> {

  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(JsonMappingException exception) {
    return JsonInputMapper.respond(exception, uri, Languages.of(headers));
  }
}
