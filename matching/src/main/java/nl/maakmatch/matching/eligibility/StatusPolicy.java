package nl.maakmatch.matching.eligibility;

import nl.maakmatch.matching.catalogue.Instrument;
import nl.maakmatch.matching.text.Message;
import nl.maakmatch.matching.text.Messages;

/**
 * Only open instruments can be applied for. CLOSED (e.g. rdm: one-off 2021 round; the Nationaal
 * Groeifonds: rounds 4 and 5 cancelled) and PROPOSED (the four policy proposals of the 2022
 * industry note) are never eligible; a proposal is explained as a proposal.
 */
public final class StatusPolicy implements EligibilityPolicy {

  private static final Messages TEXT = Messages.in("nl.maakmatch.matching.eligibility.messages");

  @Override
  public Eligibility check(Instrument instrument, MatchContext context) {
    return switch (instrument.status()) {
      case AVAILABLE -> Eligible.WITHOUT_COMMENT;
      case CLOSED ->
          Ineligible.because(
              UnmetCriterion.of(
                      Criterion.STATUS,
                      said(instrument, "status.closed", "status.closed.unexplained"))
                  .restingOn(instrument, "status"));
      case PROPOSED ->
          Ineligible.because(
              UnmetCriterion.of(
                      Criterion.STATUS,
                      said(instrument, "status.proposed", "status.proposed.unexplained"))
                  .restingOn(instrument, "status"));
    };
  }

  private static Message said(Instrument instrument, String explained, String unexplained) {
    return instrument
        .terms()
        .availability()
        .explanation()
        .map(reason -> TEXT.get(explained, instrument.shortName(), reason))
        .orElseGet(() -> TEXT.get(unexplained, instrument.shortName()));
  }
}
