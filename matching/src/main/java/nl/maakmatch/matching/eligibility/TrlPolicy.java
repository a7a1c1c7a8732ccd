package nl.maakmatch.matching.eligibility;

import java.util.Optional;
import nl.maakmatch.matching.catalogue.Instrument;
import nl.maakmatch.matching.catalogue.MatchingTerms.Stage;
import nl.maakmatch.matching.text.Messages;

/**
 * Technology readiness: EIC Accelerator TRL 5–8, Invest-NL typically 7–9, MIT R&D 4–6, ROM Utrecht
 * from TRL 4, DEI+ pilots and demonstrations 6–8, VEKI only proven technique (TRL 9: "demonstrated
 * >= 3 times in NL"). Not checked when the plan gives no TRL. A technology a step or two short can
 * mature into range; one that is already proven cannot go back.
 */
public final class TrlPolicy implements EligibilityPolicy {

  private static final Messages TEXT = Messages.in("nl.maakmatch.matching.eligibility.messages");

  @Override
  public Eligibility check(Instrument instrument, MatchContext context) {
    Stage stage = instrument.terms().stage();
    Integer trl = context.plan().trl();
    if (trl == null) {
      return Eligible.WITHOUT_COMMENT;
    }
    if (stage.trlMin() != null && trl < stage.trlMin()) {
      boolean close = stage.trlMin() - trl <= Reach.MAX_TRL_STEPS;
      return Ineligible.because(
          UnmetCriterion.of(
                  Criterion.TRL,
                  TEXT.get(
                      "trl.tooLow",
                      instrument.shortName(),
                      stage.trlMax() == null
                          ? TEXT.get("trl.from", stage.trlMin())
                          : TEXT.get("trl.between", stage.trlMin(), stage.trlMax()),
                      trl),
                  close
                      ? Optional.of(TEXT.get("trl.onceReached", stage.trlMin()))
                      : Optional.empty())
              .restingOn(instrument, "trlMin"));
    }
    if (stage.trlMax() != null && trl > stage.trlMax()) {
      return Ineligible.because(
          UnmetCriterion.of(
                  Criterion.TRL,
                  TEXT.get(
                      "trl.tooHigh",
                      instrument.shortName(),
                      stage.trlMin() == null
                          ? TEXT.get("trl.upTo", stage.trlMax())
                          : TEXT.get("trl.between", stage.trlMin(), stage.trlMax()),
                      trl))
              .restingOn(instrument, "trlMax"));
    }
    return Eligible.WITHOUT_COMMENT;
  }
}
