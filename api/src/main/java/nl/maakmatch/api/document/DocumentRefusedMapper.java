package nl.maakmatch.api.document;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import nl.maakmatch.api.Languages;
import nl.maakmatch.api.problem.Problem;
import nl.maakmatch.api.problem.Problems;
import nl.maakmatch.domain.document.DocumentRefused;
import nl.maakmatch.matching.text.MessageRenderer;

/**
 * A refused upload, answered with the status that names what is wrong with the file and its reason
 * beside the form field: 400 for an empty file, 413 for one over the limit, 415 for one whose bytes
 * are not an accepted type (RFC 9110 §15.5.16: "as a result of inspecting the data directly").
 */
@Provider
public class DocumentRefusedMapper implements ExceptionMapper<DocumentRefused> {

  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(DocumentRefused refused) {
    return Problems.respond(problemOf(refused, Languages.of(headers)), uri);
  }

  static Problem problemOf(DocumentRefused refused, Locale locale) {
    int status =
        switch (refused.reason()) {
          case EMPTY -> 400;
          case TOO_LARGE -> 413;
          case UNSUPPORTED_TYPE -> 415;
        };
    String reason = MessageRenderer.in(locale).render(refused.fieldReason());
    return Problem.of(status, refused.explanation(), locale)
        .withErrors(List.of(new Problem.FieldError(DocumentRefused.FIELD, reason)));
  }
}
