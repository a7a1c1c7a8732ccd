package nl.maakmatch.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.maakmatch.api.logging.RequestId;

/** Turns a {@link Problem} into a response that names the request it belongs to. */
public final class Problems {

  private Problems() {}

  public static Response respond(Problem problem, UriInfo uri) {
    String path = uri == null ? null : uri.getRequestUri().getRawPath();
    return Response.status(problem.status())
        .type(Problem.MEDIA)
        .entity(problem.at(path, RequestId.current()))
        .build();
  }
}
