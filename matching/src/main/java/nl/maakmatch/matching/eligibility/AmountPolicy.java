package nl.maakmatch.matching.eligibility;

import java.util.List;
import java.util.Optional;
import nl.maakmatch.matching.catalogue.AmountMeasure;
import nl.maakmatch.matching.catalogue.Instrument;
import nl.maakmatch.matching.catalogue.MatchingTerms.Amounts;
import nl.maakmatch.matching.catalogue.ShareRange;
import nl.maakmatch.matching.stack.PartKind;
import nl.maakmatch.matching.text.Listing;
import nl.maakmatch.matching.text.Message;
import nl.maakmatch.matching.text.Messages;
import nl.maakmatch.matching.text.Money;
import nl.maakmatch.matching.text.Share;

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

  private static final Messages TEXT = Messages.in("nl.maakmatch.matching.eligibility.messages");

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

    Message message;
    long extraInvestment;
    // the terms the limit was computed from: an estimate among them makes it no hard "no"
    String[] restsOn;
    if (boundByCosts) {
      restsOn = new String[] {"partMin", "costShare"};
      message =
          TEXT.get(
              "amount.belowMinimumShareOfCosts",
              instrument.shortName(),
              measure,
              Money.of(min),
              Share.of(costShare.get()),
              Money.of(investment),
              Money.of(reachable));
      extraInvestment = (long) Math.ceil(min / costShare.get()) - investment;
    } else if (measure == AmountMeasure.TAX_BASE) {
      restsOn = new String[] {"partMin"};
      message =
          TEXT.get(
              "investment.belowMinimum",
              instrument.shortName(),
              Money.of(min),
              Money.of(investment));
      extraInvestment = min - investment;
    } else if (amounts.maxShareOfNeed() < 1) {
      restsOn = new String[] {"partMin", "maxShareOfNeed"};
      long neededNeed = (long) Math.ceil(min / amounts.maxShareOfNeed());
      message =
          TEXT.get(
              "amount.belowMinimumShareOfNeed",
              instrument.shortName(),
              measure,
              Money.of(min),
              Share.of(amounts.maxShareOfNeed()),
              Money.of(need),
              Money.of(reachable),
              Money.of(neededNeed));
      extraInvestment = neededNeed - need;
    } else {
      restsOn = new String[] {"partMin"};
      message =
          TEXT.get(
              "amount.belowMinimumOfNeed",
              instrument.shortName(),
              measure,
              Money.of(min),
              Money.of(need));
      extraInvestment = min - need;
    }
    if (amounts.belowMinimumViaRom()) {
      List<Instrument> roms = context.catalogue().romsServing(context.firm().province());
      if (!roms.isEmpty()) {
        message =
            TEXT.get(
                "amount.smallerViaRom",
                message,
                Listing.or(roms.stream().map(Instrument::shortName).toList()));
      }
    }
    Optional<Message> wouldFitIf =
        Reach.amountChangeIsRealistic(extraInvestment, investment)
            ? Optional.of(TEXT.get("amount.withMoreInvestment", Money.of(extraInvestment)))
            : Optional.empty();
    return Ineligible.because(
        UnmetCriterion.of(Criterion.AMOUNT_MIN, message, wouldFitIf)
            .restingOn(instrument, restsOn));
  }

  /** The most the instrument could provide (or, for a guarantee, stand behind). */
  @Override
  public Optional<Message> whyItFits(Instrument instrument, MatchContext context) {
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
      if (amounts.coverMax() != null) {
        // the scheme's ceiling on its cover also caps the loan it can stand behind
        long loanAtCeiling = (long) Math.floor(amounts.coverMax() / amounts.coverShareOfBankLoan());
        return Optional.of(
            TEXT.get(
                "amount.guaranteeFitsUpToCeiling",
                instrument.shortName(),
                Money.of(Math.min(most, loanAtCeiling)),
                Share.of(amounts.coverShareOfBankLoan()),
                Money.of(amounts.coverMax())));
      }
      return Optional.of(
          TEXT.get(
              "amount.guaranteeFits",
              instrument.shortName(),
              Money.of(most),
              Share.of(amounts.coverShareOfBankLoan())));
    }
    return Optional.of(
        TEXT.get("amount.fits", instrument.shortName(), amounts.partMeasure(), Money.of(most)));
  }
}
