package nl.maakmatch.matching;

import java.util.List;
import java.util.Objects;
import nl.maakmatch.matching.catalogue.Confidence;
import nl.maakmatch.matching.catalogue.InstrumentStatus;
import nl.maakmatch.matching.eligibility.UnmetCriterion;
import nl.maakmatch.matching.flag.Flag;
import nl.maakmatch.matching.scoring.Certainty;
import nl.maakmatch.matching.scoring.ScoreBreakdown;
import nl.maakmatch.matching.text.Message;

/**
 * How one catalogue instrument fits one plan.
 *
 * @param score 0–100 when eligible; null when not (an ineligible instrument is not ranked)
 * @param scoreBreakdown the components of the score; null when not eligible
 * @param certainty how far the match can be trusted; every doubt is also in {@code flags}
 * @param reasons why it fits; empty when it does not (then {@code unmet} says why)
 * @param unmet every rule the plan does not meet, each with a "would fit if" where one realistic
 *     change suffices; empty when eligible
 * @param flags doubts (estimates, unconfirmed status), duties (Wet Vifo) and notes
 */
public record InstrumentMatch(
    String id,
    String name,
    String shortName,
    InstrumentStatus status,
    Confidence confidence,
    boolean eligible,
    Integer score,
    ScoreBreakdown scoreBreakdown,
    Certainty certainty,
    List<Message> reasons,
    List<UnmetCriterion> unmet,
    List<Flag> flags) {

  public InstrumentMatch {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(certainty, "certainty");
    reasons = List.copyOf(reasons);
    unmet = List.copyOf(unmet);
    flags = List.copyOf(flags);
    if (eligible != (score != null) || eligible != unmet.isEmpty()) {
      throw new IllegalArgumentException(
          id
              + ": an eligible match has a score and no unmet criteria, an ineligible one the"
              + " reverse");
    }
  }
}
