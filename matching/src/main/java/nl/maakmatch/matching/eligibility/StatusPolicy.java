package nl.maakmatch.matching.eligibility;

import nl.maakmatch.matching.catalogue.Instrument;

/**
 * Only open instruments can be applied for. CLOSED (e.g. rdm: one-off 2021 round; the Nationaal
 * Groeifonds: rounds 4 and 5 cancelled) and PROPOSED (the four policy proposals of the 2022
 * industry note) are never eligible; a proposal is explained as a proposal.
 */
public final class StatusPolicy implements EligibilityPolicy {

  @Override
  public Eligibility check(Instrument instrument, MatchContext context) {
    return switch (instrument.status()) {
      case AVAILABLE -> Eligible.WITHOUT_COMMENT;
      case CLOSED ->
          Ineligible.because(
              UnmetCriterion.of(Criterion.STATUS, EligibilityTexts.closed(instrument)));
      case PROPOSED ->
          Ineligible.because(
              UnmetCriterion.of(Criterion.STATUS, EligibilityTexts.proposed(instrument)));
    };
  }
}
