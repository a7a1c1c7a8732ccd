package nl.maakmatch.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Payara serves {@code /metrics} (JVM and server internals) inside this application's context; it
 * is for operators, so only the admin role reads it (with a bearer token, like the API).
 */
@WebFilter(urlPatterns = {"/metrics", "/metrics/*"})
public class MetricsGuard extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.isUserInRole("admin")) {
      chain.doFilter(request, response);
    } else {
      response.sendError(request.getUserPrincipal() == null ? 401 : 403);
    }
  }
}
