package nl.maakmatch.domain.document;

import static nl.maakmatch.domain.document.DocumentMessages.TEXT;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import nl.maakmatch.domain.BusinessRuleViolation;
import nl.maakmatch.matching.text.Message;

/**
 * An uploaded file that is not kept, and why: it is empty, larger than the limit, or its bytes are
 * not one of the accepted types. Nothing of it is stored. The API answers each with its own status
 * (400, 413, 415) and the reason beside the form field {@link #FIELD}; anywhere else it is a
 * business rule (422).
 */
public class DocumentRefused extends BusinessRuleViolation {

  /** The multipart form field that carries the file. */
  public static final String FIELD = "file";

  public enum Reason {
    EMPTY,
    TOO_LARGE,
    UNSUPPORTED_TYPE
  }

  private final Reason reason;
  private final Message fieldReason;

  private DocumentRefused(Reason reason, Message explanation, Message fieldReason) {
    super(rule(reason), explanation);
    this.reason = reason;
    this.fieldReason = Objects.requireNonNull(fieldReason);
  }

  public static DocumentRefused empty() {
    return new DocumentRefused(
        Reason.EMPTY, TEXT.get("document.empty"), TEXT.get("document.emptyReason"));
  }

  public static DocumentRefused tooLarge(long maxBytes) {
    BigDecimal megabytes = megabytes(maxBytes);
    return new DocumentRefused(
        Reason.TOO_LARGE,
        TEXT.get("document.tooLarge", megabytes),
        TEXT.get("document.tooLargeReason", megabytes));
  }

  public static DocumentRefused unsupported(Message explanation) {
    return new DocumentRefused(
        Reason.UNSUPPORTED_TYPE, explanation, TEXT.get("document.unsupportedTypeReason"));
  }

  public Reason reason() {
    return reason;
  }

  /** The reason to show beside the form field, short: "is empty". */
  public Message fieldReason() {
    return fieldReason;
  }

  /** Megabytes as people count them on their computers (MiB), to one decimal if not whole. */
  static BigDecimal megabytes(long bytes) {
    BigDecimal exact =
        BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024L * 1024), 3, RoundingMode.HALF_UP);
    BigDecimal shown = exact.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
    return shown.scale() < 0 ? shown.setScale(0) : shown;
  }

  private static String rule(Reason reason) {
    return switch (reason) {
      case EMPTY -> "document-empty";
      case TOO_LARGE -> "document-too-large";
      case UNSUPPORTED_TYPE -> "document-type";
    };
  }
}
