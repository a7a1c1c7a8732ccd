package nl.maakmatch.matching.eligibility;

import java.util.Optional;
import nl.maakmatch.matching.catalogue.Instrument;
import nl.maakmatch.matching.text.Message;

/**
 * One instrument rule, small enough to test alone and to explain ("BMKB needs an MKB firm: yours
 * has 312 staff"). Policies read the instrument's terms; they never know instrument ids.
 *
 * <p>Deciding and explaining a pass are separate: {@link #check} says yes or no (with reasons for a
 * no), {@link #whyItFits} says why a yes, and is asked only when every policy said yes. Most
 * instruments fail some rule for a given plan, and their pass reasons would be thrown away.
 */
public interface EligibilityPolicy {

  /** {@link Eligible#WITHOUT_COMMENT} when the rule is met, else {@link Ineligible}. */
  Eligibility check(Instrument instrument, MatchContext context);

  /** Why the rule is met, when that is worth telling the firm owner; called only after a pass. */
  default Optional<Message> whyItFits(Instrument instrument, MatchContext context) {
    return Optional.empty();
  }
}
