package nl.maakmatch.matching.eligibility;

import java.time.LocalDate;
import nl.maakmatch.matching.catalogue.Instrument;
import nl.maakmatch.matching.catalogue.MatchingTerms.Timing;
import nl.maakmatch.matching.text.Messages;

/**
 * Aid must change behaviour, so most subsidies and subsidised loans must be applied for before the
 * work or the commitment starts (GBER incentive effect, docs/rules/gber.md; WBSO, MIT, VEKI, VFF
 * "not started before application"). A plan that started before today cannot meet that any more.
 * EIA and MIA/Vamil instead must be notified within 3 months of the investment commitment (taken as
 * the plan's start).
 */
public final class IncentiveEffectPolicy implements EligibilityPolicy {

  private static final Messages TEXT = Messages.in("nl.maakmatch.matching.eligibility.messages");

  @Override
  public Eligibility check(Instrument instrument, MatchContext context) {
    Timing timing = instrument.terms().timing();
    LocalDate start = context.plan().startsOn();
    if (timing.applyBeforeStart() && start.isBefore(context.today())) {
      return Ineligible.because(
          UnmetCriterion.of(
                  Criterion.APPLY_BEFORE_START,
                  TEXT.get("timing.startedBeforeApplication", instrument.shortName(), start))
              .restingOn(instrument, "applyBeforeStart"));
    }
    Integer months = timing.applyWithinMonthsAfterStart();
    if (months != null && context.today().isAfter(start.plusMonths(months))) {
      return Ineligible.because(
          UnmetCriterion.of(
                  Criterion.APPLY_BEFORE_START,
                  TEXT.get(
                      "timing.notificationTooLate",
                      instrument.shortName(),
                      months,
                      start.plusMonths(months)))
              .restingOn(instrument, "applyWithinMonthsAfterStart"));
    }
    return Eligible.WITHOUT_COMMENT;
  }
}
