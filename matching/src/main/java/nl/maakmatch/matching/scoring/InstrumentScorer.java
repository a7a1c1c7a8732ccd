package nl.maakmatch.matching.scoring;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.maakmatch.matching.catalogue.AmountMeasure;
import nl.maakmatch.matching.catalogue.EngineDefaults;
import nl.maakmatch.matching.catalogue.Instrument;
import nl.maakmatch.matching.catalogue.MatchingTerms;
import nl.maakmatch.matching.eligibility.MatchContext;
import nl.maakmatch.matching.plan.KeyTechnology;
import nl.maakmatch.matching.plan.Purpose;
import nl.maakmatch.matching.text.Listing;
import nl.maakmatch.matching.text.Message;
import nl.maakmatch.matching.text.Messages;
import nl.maakmatch.matching.text.Money;
import nl.maakmatch.matching.text.Share;

/**
 * Scores an eligible instrument from 0 to 100 on six visible factors (see {@link ScoreFactor}).
 * Each factor turns one fact into a fit between 0 and 1:
 *
 * <ul>
 *   <li>amount: the share of the need (for a tax benefit: of the investment) the instrument can
 *       cover, with the cautious end of any cost-share range and its own maximum; {@value
 *       #NOT_COMPARABLE_FIT} for one whose money does not go into the plan (WBSO);
 *   <li>purpose: the share of the plan's purposes it finances;
 *   <li>cost: 1 for free money or a benefit, falling linearly to 0 at {@link
 *       EngineDefaults#EXPENSIVE_ANNUAL_RATE} a year;
 *   <li>speed: 1 for a decision within {@value #FAST_WEEKS} weeks, falling to 0 at {@value
 *       #SLOW_WEEKS};
 *   <li>regional: 1 for a financier of the firm's own region (the 2022 note's regional tailoring),
 *       {@value #NATIONAL_FIT} for a national or European one;
 *   <li>strategic technology: 1 when the operator prioritises one of the plan's key technologies,
 *       {@value #NO_FOCUS_FIT} otherwise (neutral).
 * </ul>
 */
public final class InstrumentScorer {

  static final int FAST_WEEKS = 2;
  static final int SLOW_WEEKS = 24;
  static final double NATIONAL_FIT = 0.6;
  static final double NO_FOCUS_FIT = 0.5;
  static final double NOT_COMPARABLE_FIT = 0.5;

  private static final Messages TEXT = Messages.in("nl.maakmatch.matching.scoring.messages");

  public ScoreBreakdown score(Instrument instrument, MatchContext context) {
    return ScoreBreakdown.of(
        List.of(
            amountFit(instrument, context),
            purposeFit(instrument, context),
            costOfCapital(instrument),
            speed(instrument),
            regionalPriority(instrument, context),
            strategicTechnology(instrument, context)));
  }

  private ScoreComponent amountFit(Instrument instrument, MatchContext context) {
    MatchingTerms.Amounts amounts = instrument.terms().amounts();
    if (!instrument.terms().stackRules().inStack()) {
      return ScoreComponent.of(
          ScoreFactor.AMOUNT_FIT, NOT_COMPARABLE_FIT, TEXT.get("amount.notComparable"));
    }
    boolean ofInvestment = amounts.partMeasure() == AmountMeasure.TAX_BASE;
    long base = ofInvestment ? context.investmentEur() : context.needEur();
    if (base == 0) {
      return ScoreComponent.of(ScoreFactor.AMOUNT_FIT, 1, TEXT.get("amount.nothingToCover"));
    }
    long reachable =
        amounts.reachableFor(
            context.sizeClass(), context.needEur(), context.costsFinancedBy(instrument), false);
    long covered =
        amounts
            .partMaxFor(context.sizeClass())
            .map(max -> Math.min(max, reachable))
            .orElse(reachable);
    covered = Math.min(covered, base);
    return ScoreComponent.of(
        ScoreFactor.AMOUNT_FIT,
        (double) covered / base,
        TEXT.get(
            ofInvestment ? "amount.coversInvestment" : "amount.coversNeed",
            Money.of(covered),
            Money.of(base)));
  }

  private ScoreComponent purposeFit(Instrument instrument, MatchContext context) {
    Set<Purpose> planned = context.plan().purposes();
    Set<Purpose> overlap = EnumSet.noneOf(Purpose.class);
    planned.stream().filter(instrument.terms().scope().purposes()::contains).forEach(overlap::add);
    return ScoreComponent.of(
        ScoreFactor.PURPOSE_FIT,
        (double) overlap.size() / planned.size(),
        TEXT.get(
            "purpose.overlap",
            overlap.size(),
            planned.size(),
            Listing.of(overlap.stream().sorted().toList())));
  }

  private ScoreComponent costOfCapital(Instrument instrument) {
    double rate = EngineDefaults.annualCostRate(instrument.terms());
    double fit = rate <= 0 ? 1 : 1 - rate / EngineDefaults.EXPENSIVE_ANNUAL_RATE;
    return ScoreComponent.of(
        ScoreFactor.COST_OF_CAPITAL,
        fit,
        annualCost(rate, EngineDefaults.costIsDefaulted(instrument.terms())));
  }

  private static Message annualCost(double rate, boolean assumed) {
    if (rate < 0) {
      return TEXT.get("cost.benefit");
    }
    if (rate == 0) {
      return TEXT.get("cost.none");
    }
    return TEXT.get(assumed ? "cost.annualAssumed" : "cost.annual", Share.of(rate));
  }

  private ScoreComponent speed(Instrument instrument) {
    int weeks = EngineDefaults.weeksToDecision(instrument.terms());
    double fit = 1 - (double) (weeks - FAST_WEEKS) / (SLOW_WEEKS - FAST_WEEKS);
    return ScoreComponent.of(
        ScoreFactor.SPEED_TO_DECISION,
        Math.min(1, fit),
        TEXT.get(
            EngineDefaults.weeksAreDefaulted(instrument.terms())
                ? "speed.weeksAssumed"
                : "speed.weeks",
            weeks));
  }

  private ScoreComponent regionalPriority(Instrument instrument, MatchContext context) {
    boolean ownRegion = instrument.terms().scope().provinces().contains(context.firm().province());
    return ownRegion
        ? ScoreComponent.of(
            ScoreFactor.REGIONAL_PRIORITY, 1, TEXT.get("region.own", instrument.shortName()))
        : ScoreComponent.of(
            ScoreFactor.REGIONAL_PRIORITY, NATIONAL_FIT, TEXT.get("region.national"));
  }

  private ScoreComponent strategicTechnology(Instrument instrument, MatchContext context) {
    Set<KeyTechnology> overlap = EnumSet.noneOf(KeyTechnology.class);
    context.plan().keyTechnologies().stream()
        .filter(instrument.terms().scope().focus()::contains)
        .forEach(overlap::add);
    return overlap.isEmpty()
        ? ScoreComponent.of(
            ScoreFactor.STRATEGIC_TECHNOLOGY, NO_FOCUS_FIT, TEXT.get("technology.noFocus"))
        : ScoreComponent.of(
            ScoreFactor.STRATEGIC_TECHNOLOGY,
            1,
            TEXT.get("technology.focus", Listing.of(overlap.stream().sorted().toList())));
  }
}
