package nl.maakmatch.api.document;

import java.nio.charset.StandardCharsets;

/**
 * The {@code Content-Disposition} of a download (RFC 6266): always an attachment, so a browser
 * saves the file instead of showing it in MaakMatch's origin, with the name twice: {@code
 * filename*} in UTF-8 (RFC 8187) for every current browser, and a plain ASCII {@code filename} for
 * the rest.
 */
final class ContentDisposition {

  private static final String ATTR_CHARS = "!#$&+-.^_`|~";

  private ContentDisposition() {}

  static String attachment(String fileName) {
    return "attachment; filename=\""
        + asciiFallback(fileName)
        + "\"; filename*=UTF-8''"
        + encoded(fileName);
  }

  /** Printable ASCII without quote, backslash or percent; anything else becomes "_". */
  static String asciiFallback(String fileName) {
    StringBuilder ascii = new StringBuilder(fileName.length());
    fileName
        .codePoints()
        .forEach(
            c ->
                ascii.append(
                    c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%' ? (char) c : '_'));
    return ascii.toString();
  }

  /** RFC 8187's value-chars: attr-chars as they are, every other UTF-8 byte percent-encoded. */
  static String encoded(String fileName) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
        encoded.append((char) c);
      } else {
        encoded.append('%').append(String.format("%02X", c));
      }
    }
    return encoded.toString();
  }
}
