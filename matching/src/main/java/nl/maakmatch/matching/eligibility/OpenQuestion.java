package nl.maakmatch.matching.eligibility;

import java.util.Objects;
import nl.maakmatch.matching.text.Message;

/**
 * Something that decides whether an instrument fits but cannot be settled from the catalogue and
 * the plan: an estimated limit the plan does not meet, or a condition the plan does not state.
 *
 * @param criterion which rule, for machines
 * @param message the rule and why it is open ("NOM's typical ticket of € 250.000 is an estimate")
 * @param checkWith what to check with whom ("Check the ticket size with NOM")
 */
public record OpenQuestion(Criterion criterion, Message message, Message checkWith) {

  public OpenQuestion {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(checkWith, "checkWith");
  }
}
