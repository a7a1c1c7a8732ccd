package nl.maakmatch.api.problem;

import java.util.List;
import java.util.Locale;
import nl.maakmatch.matching.text.Message;
import nl.maakmatch.matching.text.MessageRenderer;

/** Input that failed a check outside Bean Validation (a query parameter, a header). */
public class InvalidInput extends RuntimeException {

  private final String field;
  private final Message reason;

  public InvalidInput(String field, Message reason) {
    super(field + ": " + reason);
    this.field = field;
    this.reason = reason;
  }

  /** Refuses a page size outside 1..max with the parameter named; returns it when it is within. */
  public static int pageSize(String parameter, long value, int max) {
    if (value < 1 || value > max) {
      throw new InvalidInput(
          parameter, ProblemMessages.TEXT.get("input.pageSize", String.valueOf(max)));
    }
    return (int) value;
  }

  /** The field with its reason in the caller's language. */
  public List<Problem.FieldError> errors(Locale locale) {
    return List.of(new Problem.FieldError(field, MessageRenderer.in(locale).render(reason)));
  }
}
