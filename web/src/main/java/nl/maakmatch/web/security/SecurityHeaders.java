package nl.maakmatch.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Browser protections on every response of the application, and CORS for the portal's own origin
 * only: a page on another site cannot read MaakMatch's answers with a user's token.
 */
// on error dispatches too, so that error pages carry the same protections
@WebFilter(
    urlPatterns = "/*",
    asyncSupported = true,
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self' %s; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

  @Inject
  @ConfigProperty(name = "maakmatch.portal.origin", defaultValue = "http://localhost:8080")
  String portalOrigin;

  @Inject
  @ConfigProperty(
      name = "maakmatch.oidc.issuer",
      defaultValue = "http://localhost:8180/realms/maakmatch")
  String issuer;

  private String identityOrigin;

  @Override
  public void init() {
    // the portal's sign-in talks to the issuer's origin (token and logout): nothing else
    URI uri = URI.create(issuer);
    identityOrigin =
        uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", String.format(CSP, identityOrigin));
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");

    String origin = request.getHeader("Origin");
    if (origin != null) {
      response.addHeader("Vary", "Origin");
      if (origin.equals(portalOrigin)) {
        response.setHeader("Access-Control-Allow-Origin", origin);
        response.setHeader(
            "Access-Control-Expose-Headers", "ETag, Location, X-Request-Id, Retry-After");
        if ("OPTIONS".equals(request.getMethod())
            && request.getHeader("Access-Control-Request-Method") != null) {
          response.setHeader("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE, OPTIONS");
          response.setHeader(
              "Access-Control-Allow-Headers",
              "Authorization, Content-Type, If-Match, Accept-Language, X-Request-Id");
          response.setHeader("Access-Control-Max-Age", "600");
          response.setStatus(HttpServletResponse.SC_NO_CONTENT);
          return;
        }
      } else if ("OPTIONS".equals(request.getMethod())
          && request.getHeader("Access-Control-Request-Method") != null) {
        // a preflight from a foreign origin gets no permission at all
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return;
      }
    }
    chain.doFilter(request, response);
  }
}
