package nl.maakmatch.api.match;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import nl.maakmatch.api.problem.InvalidInput;
import nl.maakmatch.api.problem.ProblemMessages;

/**
 * The uncertain instruments a firm chooses to count on in its stack, as catalogue ids: a typo would
 * otherwise change nothing without a word, so an id the catalogue does not list is refused.
 */
final class CountedUncertain {

  static final String PARAMETER = "countedUncertain";

  /** The parameter's description in the API document. */
  static final String DESCRIPTION =
      "Catalogue ids of UNCERTAIN instruments the firm has checked and wants counted in the stack"
          + " (repeat the parameter for several); the stack never counts on them otherwise";

  private CountedUncertain() {}

  static Set<String> of(String field, List<String> ids, Predicate<String> inCatalogue) {
    if (ids == null) {
      return Set.of();
    }
    Set<String> counted = new LinkedHashSet<>();
    for (String id : ids) {
      String trimmed = id == null ? "" : id.strip();
      if (!inCatalogue.test(trimmed)) {
        throw new InvalidInput(field, ProblemMessages.TEXT.get("input.unknownInstrument", trimmed));
      }
      counted.add(trimmed);
    }
    return counted;
  }
}
