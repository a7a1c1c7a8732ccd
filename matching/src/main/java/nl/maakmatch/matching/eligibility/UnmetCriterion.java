package nl.maakmatch.matching.eligibility;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import nl.maakmatch.matching.catalogue.Instrument;
import nl.maakmatch.matching.text.Message;

/**
 * One rule the plan does not meet.
 *
 * @param criterion which rule, for machines (filters, statistics)
 * @param message for the firm owner: the rule, its source and the firm's own value
 * @param wouldFitIf the smallest realistic change that would make the instrument fit ("met €
 *     300.000 meer investering"), or another instrument to use instead ("In Noord-Brabant: BOM in
 *     plaats van LIOF"); empty when no single realistic change suffices
 * @param confirmed false when the limit rests on a term the catalogue marks as an estimate, or on a
 *     fact the firm has not stated: then it cannot be a hard "no" ({@link Uncertain})
 */
public record UnmetCriterion(
    Criterion criterion, Message message, Optional<Message> wouldFitIf, boolean confirmed) {

  public UnmetCriterion {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(wouldFitIf, "wouldFitIf");
  }

  public static UnmetCriterion of(Criterion criterion, Message message) {
    return new UnmetCriterion(criterion, message, Optional.empty(), true);
  }

  public static UnmetCriterion of(
      Criterion criterion, Message message, Optional<Message> wouldFitIf) {
    return new UnmetCriterion(criterion, message, wouldFitIf, true);
  }

  /**
   * The same criterion, unconfirmed when any of the terms it was computed from (the keys of
   * matching-terms.yaml, e.g. {@code partMin}, {@code maxShareOfNeed}) is an estimate.
   */
  UnmetCriterion restingOn(Instrument instrument, String... terms) {
    boolean estimated = Arrays.stream(terms).anyMatch(instrument.terms()::isEstimated);
    return estimated ? unconfirmed() : this;
  }

  /** The same criterion, resting on an estimate or on a fact the firm has not stated. */
  UnmetCriterion unconfirmed() {
    return new UnmetCriterion(criterion, message, wouldFitIf, false);
  }

  UnmetCriterion withoutSuggestion() {
    return new UnmetCriterion(criterion, message, Optional.empty(), confirmed);
  }
}
