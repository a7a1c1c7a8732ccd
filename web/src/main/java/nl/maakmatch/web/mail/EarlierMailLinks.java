package nl.maakmatch.web.mail;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Mails sent before links carried the portal's {@code #} route point at {@code
 * /introductions/<id>}, {@code /firms/<id>/plans/<id>} or {@code /inbox}, which the server does not
 * serve: their readers are sent on to the same route in the portal instead of a 404.
 */
@WebServlet(urlPatterns = {"/introductions/*", "/firms/*", "/inbox", "/notifications"})
public class EarlierMailLinks extends HttpServlet {

  /** Only the shapes of the routes mails named: ids and path segments, nothing to inject. */
  private static final Pattern ROUTE = Pattern.compile("(/[A-Za-z0-9-]{1,64}){1,6}");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String route =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    if (!ROUTE.matcher(route).matches()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    // relative, so that behind the proxy the reader stays on the address and scheme they used
    response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
    response.setHeader("Location", request.getContextPath() + "/#" + route);
  }
}
