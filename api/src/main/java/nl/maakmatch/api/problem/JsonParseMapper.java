package nl.maakmatch.api.problem;

import com.fasterxml.jackson.core.JsonParseException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.maakmatch.api.Languages;

/** Syntactically broken JSON. Takes precedence over the plain-text mapper of Jersey's Jackson. */
@Provider
@Priority(1)
public class JsonParseMapper implements ExceptionMapper<JsonParseException> {

  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(JsonParseException exception) {
    return JsonInputMapper.respond(exception, uri, Languages.of(headers));
  }
}
