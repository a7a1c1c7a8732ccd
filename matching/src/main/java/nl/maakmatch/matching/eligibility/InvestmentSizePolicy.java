package nl.maakmatch.matching.eligibility;

import java.util.Optional;
import nl.maakmatch.matching.catalogue.Instrument;
import nl.maakmatch.matching.catalogue.MatchingTerms.Amounts;
import nl.maakmatch.matching.catalogue.YearWindow;
import nl.maakmatch.matching.text.LocalizedText;

/**
 * Limits on the plan's total investment or project cost: Innovatiekrediet from 150,000, RDM from 5M
 * eligible costs, EIA/MIA from 2,500 per notification, and KIA's window per tax year (2025: 2,901
 * to 392,230; 2026: up to 398,236 — above the upper limit the deduction is zero). For a year the
 * reference does not cover, the latest known year's window is used and said so.
 */
public final class InvestmentSizePolicy implements EligibilityPolicy {

  @Override
  public Eligibility check(Instrument instrument, MatchContext context) {
    Amounts amounts = instrument.terms().amounts();
    long investment = context.investmentEur();
    int planYear = context.plan().startsOn().getYear();
    Optional<YearWindow> window = amounts.investmentWindowFor(planYear);
    if (window.isPresent()) {
      YearWindow w = window.get();
      if (investment < w.minEur() || investment > w.maxEur()) {
        long less = investment - w.maxEur();
        long more = w.minEur() - investment;
        Optional<LocalizedText> change =
            investment > w.maxEur()
                ? realisticLess(less, investment, w.maxEur())
                : realisticMore(more, investment);
        return Ineligible.because(
            UnmetCriterion.of(
                investment > w.maxEur() ? Criterion.AMOUNT_MAX : Criterion.AMOUNT_MIN,
                EligibilityTexts.investmentOutsideYearWindow(
                    instrument, w.minEur(), w.maxEur(), w.year(), planYear, investment),
                change));
      }
    }
    if (amounts.investmentMin() != null && investment < amounts.investmentMin()) {
      return Ineligible.because(
          UnmetCriterion.of(
              Criterion.AMOUNT_MIN,
              EligibilityTexts.investmentBelowMinimum(
                  instrument, amounts.investmentMin(), investment),
              realisticMore(amounts.investmentMin() - investment, investment)));
    }
    if (amounts.investmentMax() != null && investment > amounts.investmentMax()) {
      return Ineligible.because(
          UnmetCriterion.of(
              Criterion.AMOUNT_MAX,
              EligibilityTexts.investmentAboveMaximum(
                  instrument, amounts.investmentMax(), investment),
              realisticLess(
                  investment - amounts.investmentMax(), investment, amounts.investmentMax())));
    }
    return Eligible.WITHOUT_COMMENT;
  }

  private static Optional<LocalizedText> realisticMore(long more, long investment) {
    return Reach.amountChangeIsRealistic(more, investment)
        ? Optional.of(EligibilityTexts.withMoreInvestment(more))
        : Optional.empty();
  }

  private static Optional<LocalizedText> realisticLess(long less, long investment, long max) {
    return Reach.amountChangeIsRealistic(less, investment)
        ? Optional.of(EligibilityTexts.withInvestmentOfAtMost(max, less))
        : Optional.empty();
  }
}
