package nl.maakmatch.matching.eligibility;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import nl.maakmatch.matching.catalogue.Instrument;
import nl.maakmatch.matching.catalogue.MatchingTerms.Amounts;
import nl.maakmatch.matching.catalogue.YearWindow;
import nl.maakmatch.matching.text.Message;
import nl.maakmatch.matching.text.Messages;
import nl.maakmatch.matching.text.Money;

/**
 * Limits on the plan's total investment or project cost: Innovatiekrediet from 150,000, RDM from 5M
 * eligible costs, EIA/MIA from 2,500 per notification, and KIA's window per tax year (2025: 2,901
 * to 392,230; 2026: up to 398,236 — above the upper limit the deduction is zero). For a year the
 * reference does not cover, the latest known year's window is used and said so.
 */
public final class InvestmentSizePolicy implements EligibilityPolicy {

  private static final Messages TEXT = Messages.in("nl.maakmatch.matching.eligibility.messages");

  @Override
  public Eligibility check(Instrument instrument, MatchContext context) {
    Amounts amounts = instrument.terms().amounts();
    long investment = context.investmentEur();
    int planYear = context.plan().startsOn().getYear();
    long inYear = investment;
    Map<Integer, Long> byYear = context.plan().spendingByYear();
    if (!byYear.isEmpty() && !amounts.investmentByYear().isEmpty()) {
      // with capex lines a yearly window reads what is spent in each year (issue #11): the first
      // year that fits, else the year the plan spends most in
      planYear =
          byYear.keySet().stream()
              .filter(year -> amounts.withinYearWindows(Map.of(year, byYear.get(year))) > 0)
              .findFirst()
              .orElseGet(
                  () -> Collections.max(byYear.entrySet(), Map.Entry.comparingByValue()).getKey());
      inYear = byYear.get(planYear);
    }
    Optional<YearWindow> window = amounts.investmentWindowFor(planYear);
    if (window.isPresent()) {
      YearWindow w = window.get();
      if (inYear < w.minEur() || inYear > w.maxEur()) {
        long less = inYear - w.maxEur();
        long more = w.minEur() - inYear;
        Optional<Message> change =
            inYear > w.maxEur()
                ? realisticLess(less, inYear, w.maxEur())
                : realisticMore(more, inYear);
        UnmetCriterion unmet =
            UnmetCriterion.of(
                inYear > w.maxEur() ? Criterion.AMOUNT_MAX : Criterion.AMOUNT_MIN,
                TEXT.get(
                    "investment.outsideYearWindow",
                    instrument.shortName(),
                    Money.of(w.minEur()),
                    Money.of(w.maxEur()),
                    yearOf(w, planYear),
                    Money.of(inYear)),
                change);
        // Each known year's upper limit is a published figure (KIA 2025: 392,230; 2026: 398,236)
        // and a later year's moves only by indexation, which the message says; a lower bound may be
        // carried over (2026 reuses 2025's), which is what the terms mark as estimated.
        return Ineligible.because(
            inYear > w.maxEur() ? unmet : unmet.restingOn(instrument, "investmentByYear"));
      }
    }
    if (amounts.investmentMin() != null && investment < amounts.investmentMin()) {
      return Ineligible.because(
          UnmetCriterion.of(
                  Criterion.AMOUNT_MIN,
                  TEXT.get(
                      "investment.belowMinimum",
                      instrument.shortName(),
                      Money.of(amounts.investmentMin()),
                      Money.of(investment)),
                  realisticMore(amounts.investmentMin() - investment, investment))
              .restingOn(instrument, "investmentMin"));
    }
    if (amounts.investmentMax() != null && investment > amounts.investmentMax()) {
      return Ineligible.because(
          UnmetCriterion.of(
                  Criterion.AMOUNT_MAX,
                  TEXT.get(
                      "investment.aboveMaximum",
                      instrument.shortName(),
                      Money.of(amounts.investmentMax()),
                      Money.of(investment)),
                  realisticLess(
                      investment - amounts.investmentMax(), investment, amounts.investmentMax()))
              .restingOn(instrument, "investmentMax"));
    }
    return Eligible.WITHOUT_COMMENT;
  }

  /** Years as text: a number would be written "2.026" in Dutch. */
  private static Message yearOf(YearWindow window, int planYear) {
    String year = String.valueOf(window.year());
    return window.year() == planYear
        ? TEXT.get("investment.year", year)
        : TEXT.get("investment.yearNotYetKnown", year, String.valueOf(planYear));
  }

  private static Optional<Message> realisticMore(long more, long investment) {
    return Reach.amountChangeIsRealistic(more, investment)
        ? Optional.of(TEXT.get("amount.withMoreInvestment", Money.of(more)))
        : Optional.empty();
  }

  private static Optional<Message> realisticLess(long less, long investment, long max) {
    return Reach.amountChangeIsRealistic(less, investment)
        ? Optional.of(TEXT.get("investment.atMost", Money.of(max), Money.of(less)))
        : Optional.empty();
  }
}
