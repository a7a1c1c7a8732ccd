package nl.maakmatch.matching;

import java.util.List;
import java.util.Objects;
import nl.maakmatch.matching.text.Message;

/**
 * An instrument the plan fits but that is awarded by competition, so the base stack does not count
 * on it: what it would add if the firm wins it, and how the base stack would change.
 *
 * @param addsEur what it would provide in a stack composed with it under the same rules (0 when the
 *     stacking and state-aid rules leave it no room)
 * @param bankLoanSmallerByEur how much smaller the bank loan could be if it succeeds
 * @param conditions the rules the plan meets, which the application will be judged on
 * @param likelihood an honest statement of the chance, never a promise
 * @param effect what changes in the base stack if it succeeds
 */
public record Upside(
    String instrumentId,
    String shortName,
    long addsEur,
    long bankLoanSmallerByEur,
    List<Message> conditions,
    Message likelihood,
    Message effect) {

  public Upside {
    Objects.requireNonNull(instrumentId, "instrumentId");
    Objects.requireNonNull(likelihood, "likelihood");
    Objects.requireNonNull(effect, "effect");
    conditions = List.copyOf(conditions);
    if (addsEur < 0 || bankLoanSmallerByEur < 0) {
      throw new IllegalArgumentException("upside amounts must not be negative");
    }
  }
}
