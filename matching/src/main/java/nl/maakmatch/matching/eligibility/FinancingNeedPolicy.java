package nl.maakmatch.matching.eligibility;

import java.util.Optional;
import nl.maakmatch.matching.catalogue.Instrument;
import nl.maakmatch.matching.catalogue.MatchingTerms.Amounts;
import nl.maakmatch.matching.text.Messages;
import nl.maakmatch.matching.text.Money;

/**
 * Limits on the firm's whole financing need, whoever provides it. Qredits serves a total credit
 * need (Qredits and bank together, mortgage excluded) of at most 500,000 (qredits_mkb_krediet:
 * "total need (excl. mortgage) <= 500k"); its bank-first rule above 250,000 is a stack rule, not an
 * eligibility rule.
 */
public final class FinancingNeedPolicy implements EligibilityPolicy {

  private static final Messages TEXT = Messages.in("nl.maakmatch.matching.eligibility.messages");

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
                  TEXT.get(
                      "need.aboveMaximum",
                      instrument.shortName(),
                      Money.of(amounts.needMax()),
                      Money.of(need)),
                  Reach.amountChangeIsRealistic(less, need)
                      ? Optional.of(
                          TEXT.get("need.smaller", Money.of(amounts.needMax()), Money.of(less)))
                      : Optional.empty())
              .restingOn(instrument, "needMax"));
    }
    if (amounts.needMin() != null && need < amounts.needMin()) {
      long more = amounts.needMin() - need;
      return Ineligible.because(
          UnmetCriterion.of(
                  Criterion.AMOUNT_MIN,
                  TEXT.get(
                      "need.belowMinimum",
                      instrument.shortName(),
                      Money.of(amounts.needMin()),
                      Money.of(need)),
                  Reach.amountChangeIsRealistic(more, investment)
                      ? Optional.of(TEXT.get("amount.withMoreInvestment", Money.of(more)))
                      : Optional.empty())
              .restingOn(instrument, "needMin"));
    }
    return Eligible.WITHOUT_COMMENT;
  }
}
