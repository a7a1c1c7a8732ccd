package nl.maakmatch.matching;

import java.util.List;
import java.util.Objects;
import nl.maakmatch.matching.catalogue.Confidence;
import nl.maakmatch.matching.catalogue.InstrumentStatus;
import nl.maakmatch.matching.eligibility.OpenQuestion;
import nl.maakmatch.matching.eligibility.UnmetCriterion;
import nl.maakmatch.matching.eligibility.Verdict;
import nl.maakmatch.matching.flag.Flag;
import nl.maakmatch.matching.scoring.Certainty;
import nl.maakmatch.matching.scoring.ScoreBreakdown;
import nl.maakmatch.matching.text.Message;

/**
 * How one catalogue instrument fits one plan.
 *
 * @param verdict ELIGIBLE, UNCERTAIN (an estimated limit or an unstated condition is open) or
 *     NOT_ELIGIBLE (a confirmed rule fails)
 * @param score 0–100 unless not eligible (an ineligible instrument is not ranked)
 * @param scoreBreakdown the components of the score; null when not eligible
 * @param certainty how far the match can be trusted; every doubt is also in {@code flags}; LOW for
 *     an uncertain match
 * @param reasons why it fits; empty when it does not (then {@code unmet} says why)
 * @param unmet every confirmed rule the plan does not meet, each with a "would fit if" where one
 *     realistic change suffices; empty unless not eligible
 * @param toCheck for an uncertain match, what to check with whom; empty otherwise
 * @param flags doubts (estimates, unconfirmed status), duties (Wet Vifo) and notes
 */
public record InstrumentMatch(
    String id,
    String name,
    String shortName,
    InstrumentStatus status,
    Confidence confidence,
    Verdict verdict,
    Integer score,
    ScoreBreakdown scoreBreakdown,
    Certainty certainty,
    List<Message> reasons,
    List<UnmetCriterion> unmet,
    List<OpenQuestion> toCheck,
    List<Flag> flags) {

  public InstrumentMatch {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(certainty, "certainty");
    reasons = List.copyOf(reasons);
    unmet = List.copyOf(unmet);
    toCheck = List.copyOf(toCheck);
    flags = List.copyOf(flags);
    boolean mayQualify = verdict.mayQualify();
    if (mayQualify != (score != null) || mayQualify != unmet.isEmpty()) {
      throw new IllegalArgumentException(
          id
              + ": an eligible or uncertain match has a score and no unmet criteria, an"
              + " ineligible one the reverse");
    }
    if ((verdict == Verdict.UNCERTAIN) == toCheck.isEmpty()) {
      throw new IllegalArgumentException(id + ": only an uncertain match has points to check");
    }
  }

  /**
   * True for ELIGIBLE and UNCERTAIN: the firm may qualify. Only {@link Verdict#ELIGIBLE} may be
   * counted on in a financing stack.
   */
  public boolean eligible() {
    return verdict.mayQualify();
  }
}
