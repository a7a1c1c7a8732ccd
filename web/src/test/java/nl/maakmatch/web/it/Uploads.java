package nl.maakmatch.web.it;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

/**
 * Plan documents as a browser sends and fetches them: a {@code multipart/form-data} upload built by
 * hand (no client library between the test and the bytes on the wire) and a download read as bytes.
 * Also the files the tests send.
 */
public final class Uploads {

  private static final String CRLF = "\r\n";

  private final Http http;

  public Uploads(Http http) {
    this.http = http;
  }

  /** The documents of a plan: {@code api/v1/firms/{firm}/plans/{plan}/documents}. */
  public static String documentsOf(String firm, String plan) {
    return "api/v1/firms/" + firm + "/plans/" + plan + "/documents";
  }

  /**
   * Posts {@code bytes} as the form's {@code file}, named {@code fileName} and declared {@code
   * contentType} (which the platform ignores: it judges the bytes), with the form field {@code
   * kind} unless it is null.
   */
  public Http.Reply upload(
      String path, String fileName, String contentType, byte[] bytes, String kind) {
    String boundary = "----maakmatch-" + UUID.randomUUID();
    return http.send(
        http.request(path)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(
                HttpRequest.BodyPublishers.ofByteArray(
                    form(boundary, fileName, contentType, bytes, kind))));
  }

  /** A PDF, sent as such, of the kind OTHER. */
  public Http.Reply upload(String path, String fileName, byte[] bytes) {
    return upload(path, fileName, "application/pdf", bytes, null);
  }

  /** A document's contents as bytes, with the headers they came with. */
  public HttpResponse<byte[]> download(String path) {
    return http.exchange(http.request(path).GET(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The multipart body: the kind (if any), then the file, each part closed by the boundary. */
  static byte[] form(
      String boundary, String fileName, String contentType, byte[] bytes, String kind) {
    ByteArrayOutputStream body = new ByteArrayOutputStream(bytes.length + 512);
    if (kind != null) {
      text(body, "--" + boundary + CRLF);
      text(body, "Content-Disposition: form-data; name=\"kind\"" + CRLF + CRLF);
      text(body, kind + CRLF);
    }
    text(body, "--" + boundary + CRLF);
    text(
        body,
        "Content-Disposition: form-data; name=\"file\"; filename=\""
            + quoted(fileName)
            + "\""
            + CRLF);
    text(body, "Content-Type: " + contentType + CRLF + CRLF);
    body.writeBytes(bytes);
    text(body, CRLF + "--" + boundary + "--" + CRLF);
    return body.toByteArray();
  }

  /** A file name inside a quoted header value, escaped as browsers do (HTML's form encoding). */
  private static String quoted(String fileName) {
    return fileName.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
  }

  private static void text(ByteArrayOutputStream body, String text) {
    body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The smallest PDF: its header, a catalogue and a trailer. */
  public static byte[] aPdf() {
    return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
            + "trailer << /Root 1 0 R >>\n%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  /** A PDF of exactly {@code size} bytes: the header, then a comment as long as needed. */
  public static byte[] aPdfOfSize(int size) {
    byte[] pdf = Arrays.copyOf(aPdf(), size);
    Arrays.fill(pdf, aPdf().length, size, (byte) '%');
    return pdf;
  }

  /** A Windows program: "MZ" and the PE header it points to; send it named offerte.pdf. */
  public static byte[] aWindowsProgram() {
    byte[] exe = new byte[512];
    exe[0] = 'M';
    exe[1] = 'Z';
    exe[0x3C] = (byte) 0x80;
    exe[0x80] = 'P';
    exe[0x81] = 'E';
    return exe;
  }
}
