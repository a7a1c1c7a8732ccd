package nl.maakmatch.matching.eligibility;

import java.util.List;
import java.util.Optional;
import nl.maakmatch.matching.catalogue.AmountMeasure;
import nl.maakmatch.matching.catalogue.Instrument;
import nl.maakmatch.matching.catalogue.MatchingTerms.Amounts;
import nl.maakmatch.matching.catalogue.ShareRange;
import nl.maakmatch.matching.stack.PartKind;
import nl.maakmatch.matching.text.LocalizedText;

/**
 * The smallest amount an instrument deals in must be within reach of the plan. What is within reach
 * depends on what the amount measures:
 *
 * <ul>
 *   <li>a loan, ticket or guaranteed credit comes out of the financing need, limited by the
 *       instrument's share of it: GO needs a loan of at least 1.5M, so a need of at least 1.5M;
 *       Invest-NL needs a ticket of at least 5M and takes at most 50% of the need, so the need must
 *       be at least 10M (its catalogue entry: "min_ticket_eur: 5000000", "max 50% of the total
 *       investment need"; smaller tickets go through the regional ROM);
 *   <li>a grant is a share of the costs: VEKI's minimum grant of 125,000 at most 70% of the
 *       investment needs an investment of at least about 178,600;
 *   <li>a tax base is the investment itself.
 * </ul>
 *
 * The check uses the top of a share range, so no firm is turned away on the cautious end of an
 * estimate. Maxima of an instrument's own amount are not a reason to refuse: the instrument then
 * covers part of the need (the stack caps it). Would fit with more investment when that is a
 * realistic step ({@link Reach#MAX_AMOUNT_CHANGE}).
 */
public final class AmountPolicy implements EligibilityPolicy {

  @Override
  public Eligibility check(Instrument instrument, MatchContext context) {
    Amounts amounts = instrument.terms().amounts();
    long need = context.needEur();
    long investment = context.investmentEur();
    long reachable = amounts.reachableFor(context.sizeClass(), need, investment, true);
    if (amounts.partMin() == null || reachable >= amounts.partMin()) {
      return Eligible.WITHOUT_COMMENT;
    }
    long min = amounts.partMin();
    AmountMeasure measure = amounts.partMeasure();
    Optional<Double> costShare =
        amounts.costShare().forSize(context.sizeClass()).map(ShareRange::high);
    boolean boundByCosts =
        costShare.isPresent()
            && (measure == AmountMeasure.SUBSIDY
                || costShare.get() * investment < need * amounts.maxShareOfNeed());

    LocalizedText message;
    long extraInvestment;
    if (boundByCosts) {
      message =
          EligibilityTexts.belowMinimumShareOfCosts(
              instrument, measure, min, costShare.get(), investment, reachable);
      extraInvestment = (long) Math.ceil(min / costShare.get()) - investment;
    } else if (measure == AmountMeasure.TAX_BASE) {
      message = EligibilityTexts.investmentBelowMinimum(instrument, min, investment);
      extraInvestment = min - investment;
    } else if (amounts.maxShareOfNeed() < 1) {
      message =
          EligibilityTexts.belowMinimumShareOfNeed(
              instrument, measure, min, amounts.maxShareOfNeed(), need, reachable);
      extraInvestment = (long) Math.ceil(min / amounts.maxShareOfNeed()) - need;
    } else {
      message = EligibilityTexts.belowMinimumOfNeed(instrument, measure, min, need);
      extraInvestment = min - need;
    }
    if (amounts.belowMinimumViaRom()) {
      List<Instrument> roms = context.catalogue().romsServing(context.firm().province());
      if (!roms.isEmpty()) {
        message = message.then(". ", EligibilityTexts.smallerAmountsViaRom(roms));
      }
    }
    Optional<LocalizedText> wouldFitIf =
        Reach.amountChangeIsRealistic(extraInvestment, investment)
            ? Optional.of(EligibilityTexts.withMoreInvestment(extraInvestment))
            : Optional.empty();
    return Ineligible.because(UnmetCriterion.of(Criterion.AMOUNT_MIN, message, wouldFitIf));
  }

  /** The most the instrument could provide (or, for a guarantee, stand behind). */
  @Override
  public Optional<LocalizedText> whyItFits(Instrument instrument, MatchContext context) {
    Amounts amounts = instrument.terms().amounts();
    long reachable =
        amounts.reachableFor(context.sizeClass(), context.needEur(), context.investmentEur(), true);
    long most =
        amounts
            .partMaxFor(context.sizeClass())
            .map(max -> Math.min(max, reachable))
            .orElse(reachable);
    if (most <= 0 || amounts.partMeasure() == AmountMeasure.TAX_BASE) {
      return Optional.empty();
    }
    if (instrument.terms().part() == PartKind.GUARANTEE) {
      return Optional.of(
          EligibilityTexts.guaranteeFits(instrument, most, amounts.coverShareOfBankLoan()));
    }
    return Optional.of(EligibilityTexts.amountFits(instrument, amounts.partMeasure(), most));
  }
}
