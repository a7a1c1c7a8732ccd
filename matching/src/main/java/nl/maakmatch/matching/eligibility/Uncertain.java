package nl.maakmatch.matching.eligibility;

import java.util.List;
import nl.maakmatch.matching.text.Message;

/**
 * No confirmed rule fails, but the answer is not yet a yes: a limit the plan does not meet rests
 * only on an estimate (a ROM's "typical ticket", Invest-NL's "typically TRL 7–9", an unconfirmed
 * minimum), or the instrument sets a condition the plan does not state yet (a partner for MIT R&D,
 * an innovation claim for DEI+, a TRL). Such an instrument is shown with what to check with whom,
 * and is never counted on in the base financing stack.
 *
 * @param reasons why the rules that are met fit, as for {@link Eligible}
 * @param toCheck every open point, each with whom to check it; never empty
 */
public record Uncertain(List<Message> reasons, List<OpenQuestion> toCheck) implements Eligibility {

  public Uncertain {
    reasons = List.copyOf(reasons);
    toCheck = List.copyOf(toCheck);
    if (toCheck.isEmpty()) {
      throw new IllegalArgumentException("an uncertain outcome names at least one open point");
    }
  }

  @Override
  public Verdict verdict() {
    return Verdict.UNCERTAIN;
  }
}
