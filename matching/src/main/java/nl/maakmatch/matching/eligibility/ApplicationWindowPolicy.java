package nl.maakmatch.matching.eligibility;

import java.time.LocalDate;
import java.util.Optional;
import nl.maakmatch.matching.catalogue.Instrument;
import nl.maakmatch.matching.catalogue.MatchingTerms.Timing;
import nl.maakmatch.matching.text.Message;
import nl.maakmatch.matching.text.Messages;

/**
 * Application rounds. A one-off or ending window that has closed ends eligibility (RDM closed 17
 * Aug 2021; BMKB runs until 1 July 2027). A recurring round that has closed (VEKI's 2025–2026 round
 * ended 2 Feb 2026) does not: the next round is expected but unconfirmed, which lowers certainty
 * instead. A round that opens only after the plan starts cannot be used when the application must
 * come first; moving the start a little would fix that.
 */
public final class ApplicationWindowPolicy implements EligibilityPolicy {

  private static final Messages TEXT = Messages.in("nl.maakmatch.matching.eligibility.messages");

  @Override
  public Eligibility check(Instrument instrument, MatchContext context) {
    Timing timing = instrument.terms().timing();
    LocalDate today = context.today();
    LocalDate start = context.plan().startsOn();
    if (timing.windowCloses() != null
        && today.isAfter(timing.windowCloses())
        && !timing.windowRecurring()) {
      return Ineligible.because(
          UnmetCriterion.of(
                  Criterion.APPLICATION_WINDOW,
                  TEXT.get("window.closed", instrument.shortName(), timing.windowCloses()))
              .restingOn(instrument, "windowCloses", "windowRecurring"));
    }
    if (timing.windowOpens() != null
        && today.isBefore(timing.windowOpens())
        && timing.applyBeforeStart()
        && !start.isAfter(timing.windowOpens())) {
      boolean shortDelay =
          !timing.windowOpens().isAfter(start.plusMonths(Reach.MAX_START_DELAY_MONTHS));
      return Ineligible.because(
          UnmetCriterion.of(
                  Criterion.APPLICATION_WINDOW,
                  TEXT.get(
                      "window.opensAfterStart",
                      instrument.shortName(),
                      timing.windowOpens(),
                      start),
                  shortDelay
                      ? Optional.of(TEXT.get("window.startAfter", timing.windowOpens()))
                      : Optional.empty())
              .restingOn(instrument, "windowOpens", "applyBeforeStart"));
    }
    return Eligible.WITHOUT_COMMENT;
  }

  @Override
  public Optional<Message> whyItFits(Instrument instrument, MatchContext context) {
    LocalDate closes = instrument.terms().timing().windowCloses();
    if (closes != null && !context.today().isAfter(closes)) {
      return Optional.of(TEXT.get("window.applyUntil", instrument.shortName(), closes));
    }
    return Optional.empty();
  }
}
