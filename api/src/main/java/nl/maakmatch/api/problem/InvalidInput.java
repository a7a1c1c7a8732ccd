package nl.maakmatch.api.problem;

import java.util.List;

/** Input that failed a check outside Bean Validation (a query parameter, a header). */
public class InvalidInput extends RuntimeException {

  private final List<Problem.FieldError> errors;

  public InvalidInput(String field, String reason) {
    super(field + ": " + reason);
    this.errors = List.of(new Problem.FieldError(field, reason));
  }

  public List<Problem.FieldError> errors() {
    return errors;
  }
}
