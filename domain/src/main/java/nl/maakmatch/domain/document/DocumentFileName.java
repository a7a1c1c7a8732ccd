package nl.maakmatch.domain.document;

import java.text.Normalizer;
import java.util.Objects;

/**
 * The name a document is shown and downloaded under: the last part of what the browser sent, in
 * Unicode NFC, without control or bidirectional-override characters (which disguise {@code exe.pdf}
 * as {@code fdp.exe}), path separators or surrounding spaces, at most 255 characters with the
 * extension kept. It is only a label: a document's type comes from its bytes.
 */
public record DocumentFileName(String value) {

  public static final int MAX_LENGTH = 255;
  private static final String UNNAMED = "document";
  private static final int MAX_EXTENSION = 16;

  public DocumentFileName {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()
        || value.length() > MAX_LENGTH
        || value.codePoints().anyMatch(c -> isHidden(c) || c == '/' || c == '\\')) {
      throw new IllegalArgumentException("not a sanitised file name: " + value);
    }
  }

  /** The name to keep for what a client sent; "document" when nothing usable is left. */
  public static DocumentFileName of(String sent) {
    String name = sent == null ? "" : clean(lastPathPart(sent));
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      name = UNNAMED;
    }
    return new DocumentFileName(shortened(name));
  }

  @Override
  public String toString() {
    return value;
  }

  // browsers send "C:\fakepath\x.pdf" or a relative path; only the last part is the name
  private static String lastPathPart(String sent) {
    int slash = Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\'));
    return sent.substring(slash + 1);
  }

  private static String clean(String name) {
    String normal = Normalizer.normalize(name, Normalizer.Form.NFC);
    StringBuilder kept = new StringBuilder(normal.length());
    normal
        .codePoints()
        .filter(c -> !isHidden(c) && c != '/' && c != '\\')
        .forEach(kept::appendCodePoint);
    return kept.toString().strip();
  }

  /** Control, format (bidi overrides, zero-width) and unassigned characters. */
  private static boolean isHidden(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.UNASSIGNED
        || type == Character.SURROGATE
        || type == Character.PRIVATE_USE
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  /** At most {@link #MAX_LENGTH} characters, cut before the extension, never inside a pair. */
  private static String shortened(String name) {
    if (name.length() <= MAX_LENGTH) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    String extension =
        dot > 0 && name.length() - dot <= MAX_EXTENSION + 1 ? name.substring(dot) : "";
    int end = MAX_LENGTH - extension.length();
    if (Character.isHighSurrogate(name.charAt(end - 1))) {
      end--;
    }
    return (name.substring(0, end).strip() + extension).strip();
  }
}
