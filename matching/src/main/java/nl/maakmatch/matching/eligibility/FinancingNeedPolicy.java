package nl.maakmatch.matching.eligibility;

import java.util.Optional;
import nl.maakmatch.matching.catalogue.Instrument;
import nl.maakmatch.matching.catalogue.MatchingTerms.Amounts;

/**
 * Limits on the firm's whole financing need, whoever provides it. Qredits serves a total credit
 * need (Qredits and bank together, mortgage excluded) of at most 500,000 (qredits_mkb_krediet:
 * "total need (excl. mortgage) <= 500k"); its bank-first rule above 250,000 is a stack rule, not an
 * eligibility rule.
 */
public final class FinancingNeedPolicy implements EligibilityPolicy {

  @Override
  public Eligibility check(Instrument instrument, MatchContext context) {
    Amounts amounts = instrument.terms().amounts();
    long need = context.needEur();
    long investment = context.investmentEur();
    if (amounts.needMax() != null && need > amounts.needMax()) {
      long less = need - amounts.needMax();
      return Ineligible.because(
          UnmetCriterion.of(
              Criterion.AMOUNT_MAX,
              EligibilityTexts.needAboveMaximum(instrument, amounts.needMax(), need),
              Reach.amountChangeIsRealistic(less, need)
                  ? Optional.of(EligibilityTexts.withSmallerNeed(amounts.needMax(), less))
                  : Optional.empty()));
    }
    if (amounts.needMin() != null && need < amounts.needMin()) {
      long more = amounts.needMin() - need;
      return Ineligible.because(
          UnmetCriterion.of(
              Criterion.AMOUNT_MIN,
              EligibilityTexts.needBelowMinimum(instrument, amounts.needMin(), need),
              Reach.amountChangeIsRealistic(more, investment)
                  ? Optional.of(EligibilityTexts.withMoreInvestment(more))
                  : Optional.empty()));
    }
    return Eligible.WITHOUT_COMMENT;
  }
}
