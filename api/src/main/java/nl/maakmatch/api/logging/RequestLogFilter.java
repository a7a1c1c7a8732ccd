package nl.maakmatch.api.logging;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id (the caller's {@code X-Request-Id} when it is sane, else a new one),
 * returns it in the response and writes one key=value line per request to the {@link AccessLog}, so
 * a problem a user reports can be found in the log.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestLogFilter implements ContainerRequestFilter, ContainerResponseFilter {

  public static final String HEADER = "X-Request-Id";

  private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");
  private static final String STARTED = "maakmatch.started";

  @Override
  public void filter(ContainerRequestContext request) {
    String given = request.getHeaderString(HEADER);
    String id = given != null && SANE_ID.matcher(given).matches() ? given : newId();
    RequestId.set(id);
    request.setProperty(HEADER, id);
    request.setProperty(STARTED, System.nanoTime());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object id = request.getProperty(HEADER);
    if (id != null) {
      response.getHeaders().putSingle(HEADER, id);
    }
    Object started = request.getProperty(STARTED);
    long micros = started == null ? -1 : (System.nanoTime() - (Long) started) / 1000;
    AccessLog.write(
        "event=http.request requestId="
            + id
            + " method="
            + request.getMethod()
            + " path=/"
            + request.getUriInfo().getPath()
            + " status="
            + response.getStatus()
            + " durationMs="
            + micros / 1000.0);
    RequestId.clear();
  }

  private static String newId() {
    return UUID.randomUUID().toString();
  }
}
