package nl.maakmatch.web.errors;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.maakmatch.api.problem.RequestTooLarge;
import nl.maakmatch.domain.document.DocumentSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Caps the body of every API request before anything parses it: a declared length above the limit
 * is refused at once, a body without one is counted as it is read. Either way 413. JSON has one
 * limit; a catalogue file (YAML, imported by an administrator) its own, larger one; a plan
 * document's upload the documents' limit, with room for the multipart framing around the file.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class RequestBodyLimit extends HttpFilter {

  // larger bodies are not read at all: the connection is closed on the client
  private static final long SWALLOWED_AT_MOST = 32L * 1024 * 1024;

  // a multipart body carries part headers and the document's kind besides the file itself
  static final long MULTIPART_MARGIN = 64L * 1024;

  private static final Pattern DOCUMENTS =
      Pattern.compile(".*/api/v1/firms/[^/]+/plans/[^/]+/documents/?");

  @Inject
  @ConfigProperty(name = "maakmatch.request.max-bytes", defaultValue = "1048576")
  long maxJsonBytes;

  @Inject
  @ConfigProperty(name = "maakmatch.request.max-catalogue-bytes", defaultValue = "5242880")
  long maxCatalogueBytes;

  @Inject DocumentSettings documents;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long maxBytes = maxJsonBytes;
    if (isCatalogueImport(request)) {
      maxBytes = maxCatalogueBytes;
    } else if (isDocumentUpload(
        request.getMethod(), request.getRequestURI(), request.getContentType())) {
      // the file's own limit is checked as it is read, with an answer that names the file
      maxBytes = documents.maxBytes() + MULTIPART_MARGIN;
    }
    long declared = request.getContentLengthLong();
    if (declared > maxBytes) {
      // read what the client is sending (up to a bound) so that it gets to read the answer
      if (declared <= SWALLOWED_AT_MOST) {
        request.getInputStream().transferTo(OutputStream.nullOutputStream());
      }
      // the application's error page answers, with the limit named and the usual headers
      request.setAttribute(ProblemErrorPage.LIMIT_ATTRIBUTE, maxBytes);
      response.setHeader("Connection", "close");
      response.sendError(413);
      return;
    }
    chain.doFilter(new Capped(request, maxBytes), response);
  }

  /** Only the administrator's catalogue import takes a file larger than a JSON body. */
  private static boolean isCatalogueImport(HttpServletRequest request) {
    String type = request.getContentType();
    return request.getRequestURI().endsWith("/api/v1/instruments/import")
        && type != null
        && !type.toLowerCase(Locale.ROOT).contains("json");
  }

  /** A file sent as a form to a plan's documents: the one body that may be megabytes large. */
  static boolean isDocumentUpload(String method, String uri, String contentType) {
    return "POST".equals(method)
        && contentType != null
        && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
        && uri != null
        && DOCUMENTS.matcher(uri).matches();
  }

  /** The request with a body stream that fails once it passes the limit. */
  private static final class Capped extends HttpServletRequestWrapper {

    private final long limit;
    private ServletInputStream stream;

    Capped(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new CountingStream(super.getInputStream(), limit);
      }
      return stream;
    }
  }

  private static final class CountingStream extends ServletInputStream {

    private final ServletInputStream in;
    private final long limit;
    private long count;

    CountingStream(ServletInputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    private void counted(int n) throws IOException {
      count += n;
      if (count > limit) {
        // let the client finish sending (up to a bound) so that it reads the 413
        byte[] rest = new byte[8192];
        for (long read = count; read <= SWALLOWED_AT_MOST; ) {
          int more = in.read(rest);
          if (more < 0) {
            break;
          }
          read += more;
        }
        throw new RequestTooLarge(limit);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
