package nl.maakmatch.matching.eligibility;

import java.util.Objects;
import java.util.Optional;
import nl.maakmatch.matching.text.Message;

/**
 * One rule the plan does not meet.
 *
 * @param criterion which rule, for machines (filters, statistics)
 * @param message for the firm owner: the rule, its source and the firm's own value
 * @param wouldFitIf the smallest realistic change that would make the instrument fit ("met €
 *     300.000 meer investering"), or another instrument to use instead ("In Noord-Brabant: BOM in
 *     plaats van LIOF"); empty when no single realistic change suffices
 */
public record UnmetCriterion(Criterion criterion, Message message, Optional<Message> wouldFitIf) {

  public UnmetCriterion {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(wouldFitIf, "wouldFitIf");
  }

  public static UnmetCriterion of(Criterion criterion, Message message) {
    return new UnmetCriterion(criterion, message, Optional.empty());
  }

  public static UnmetCriterion of(
      Criterion criterion, Message message, Optional<Message> wouldFitIf) {
    return new UnmetCriterion(criterion, message, wouldFitIf);
  }

  UnmetCriterion withoutSuggestion() {
    return new UnmetCriterion(criterion, message, Optional.empty());
  }
}
