package nl.maakmatch.api.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import nl.maakmatch.api.Languages;
import nl.maakmatch.api.problem.Problem;
import nl.maakmatch.api.problem.ProblemMessages;
import nl.maakmatch.api.problem.Problems;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Answers 429 with Retry-After when one client address asks too often, over all instances. */
@Provider
@RateLimited
@Priority(Priorities.AUTHENTICATION + 10)
public class RateLimitFilter implements ContainerRequestFilter {

  @Inject SharedRateLimit limit;

  /**
   * Whether every request comes through the installation's own proxy, which appends the address it
   * saw to X-Forwarded-For (the compose setup); never where clients reach the application directly.
   */
  @Inject
  @ConfigProperty(name = "maakmatch.proxy.forwarded-for", defaultValue = "false")
  boolean behindProxy;

  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    String client =
        ClientAddress.of(
            servletRequest.getRemoteAddr(),
            Optional.ofNullable(request.getHeaderString("X-Forwarded-For")),
            behindProxy);
    long retryAfter = limit.acquire(client);
    if (retryAfter > 0) {
      Problem problem =
          Problem.of(
              429,
              ProblemMessages.TEXT.get("tooManyRequests", String.valueOf(retryAfter)),
              Languages.of(request.getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE)));
      request.abortWith(
          Response.fromResponse(Problems.respond(problem, request.getUriInfo()))
              .header(HttpHeaders.RETRY_AFTER, retryAfter)
              .build());
    }
  }
}
