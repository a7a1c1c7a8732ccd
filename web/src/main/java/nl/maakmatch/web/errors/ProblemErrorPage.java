package nl.maakmatch.web.errors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.maakmatch.api.Languages;
import nl.maakmatch.api.problem.Problem;
import nl.maakmatch.api.problem.Problems;

/**
 * The error page of the whole application (see web.xml): whatever fails outside the API's own
 * exception mappers — a token the server refuses, a path that does not exist, a method or media
 * type it does not take, a body that is too large, a failure after the resource returned — is
 * answered as problem+json in the caller's language, never as the server's HTML page.
 */
@WebServlet(urlPatterns = ProblemErrorPage.PATH)
public class ProblemErrorPage extends HttpServlet {

  static final String PATH = "/.problem";

  /** Set by {@link RequestBodyLimit}: the body limit a 413 names. */
  static final String LIMIT_ATTRIBUTE = "maakmatch.request.limit";

  private static final Logger LOG = Logger.getLogger(ProblemErrorPage.class.getName());

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Integer code = (Integer) request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    // reached directly rather than as an error page: there is nothing here
    int status = code == null ? 404 : failure != null && code < 400 ? 500 : code;
    Locale locale = Languages.of(request.getHeader("Accept-Language"));
    String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);

    Problem problem =
        status == 413 && request.getAttribute(LIMIT_ATTRIBUTE) instanceof Long limit
            ? Problems.tooLarge(limit, locale)
            : Problems.ofStatus(status, locale);
    String requestId = null;
    if (status >= 500) {
      requestId = UUID.randomUUID().toString();
      LOG.log(
          Level.SEVERE, "event=http.unexpected requestId=" + requestId + " path=" + path, failure);
      problem = Problems.unexpected(requestId, locale);
    }
    if (status == 401) {
      // RFC 6750 §3.1: a request that carried a token was refused because of that token
      boolean hadToken = request.getHeader("Authorization") != null;
      response.setHeader(
          "WWW-Authenticate",
          Problems.BEARER_CHALLENGE + (hadToken ? ", error=\"invalid_token\"" : ""));
    }
    response.setStatus(status);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response.getOutputStream().write(Problems.json(problem.at(path, requestId)));
  }
}
