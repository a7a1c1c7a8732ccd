package nl.maakmatch.matching.eligibility;

import java.time.LocalDate;
import java.util.Optional;
import nl.maakmatch.matching.catalogue.AgeCount;
import nl.maakmatch.matching.catalogue.Instrument;
import nl.maakmatch.matching.catalogue.MatchingTerms.Stage;
import nl.maakmatch.matching.text.Message;
import nl.maakmatch.matching.text.Messages;

/**
 * Age limits, counted from the firm's founding to the plan's start, or from its first commercial
 * sale where the terms say so: GBER art. 21(5) risk finance, as Seed Capital ("up to 7 years after
 * first commercial sale"). A firm that has not stated its first sale is counted from its founding,
 * which can only make it look older, so a firm too old by that count is uncertain, not refused.
 * Starter variants (BMKB under 3 years, VFF for innovative starters up to 5) are mentioned as a
 * reason, not required. A firm that is too young can wait (up to {@link Reach#MAX_WAIT_YEARS}); one
 * that is too old cannot change that.
 */
public final class FirmAgePolicy implements EligibilityPolicy {

  private static final Messages TEXT = Messages.in("nl.maakmatch.matching.eligibility.messages");

  @Override
  public Eligibility check(Instrument instrument, MatchContext context) {
    Stage stage = instrument.terms().stage();
    int age = context.firmAgeAtStart();
    LocalDate start = context.plan().startsOn();
    if (stage.maxAgeYears() != null && stage.ageCountsFrom() == AgeCount.FIRST_COMMERCIAL_SALE) {
      Optional<Integer> sinceSale = context.firm().yearsSinceFirstSaleOn(start);
      if (sinceSale.isPresent() && sinceSale.get() > stage.maxAgeYears()) {
        return Ineligible.because(
            UnmetCriterion.of(
                    Criterion.FIRM_AGE,
                    TEXT.get(
                        "age.tooLongSinceFirstSale",
                        instrument.shortName(),
                        stage.maxAgeYears(),
                        sinceSale.get(),
                        start,
                        context.firm().firstCommercialSaleOn()))
                .restingOn(instrument, "maxAgeYears"));
      }
      if (sinceSale.isEmpty() && age > stage.maxAgeYears()) {
        // founding is never later than the first sale: counted from founding the firm may look
        // older than it is, so this is a question, not a "no"
        return Ineligible.because(
            UnmetCriterion.of(
                    Criterion.FIRM_AGE,
                    TEXT.get(
                        "age.firstSaleNotStated",
                        instrument.shortName(),
                        stage.maxAgeYears(),
                        age,
                        start))
                .unconfirmed());
      }
    } else if (stage.maxAgeYears() != null && age > stage.maxAgeYears()) {
      return Ineligible.because(
          UnmetCriterion.of(
                  Criterion.FIRM_AGE,
                  TEXT.get("age.tooOld", instrument.shortName(), stage.maxAgeYears(), age, start))
              .restingOn(instrument, "maxAgeYears"));
    }
    if (stage.minAgeYears() != null && age < stage.minAgeYears()) {
      LocalDate oldEnough = context.firm().foundedOn().plusYears(stage.minAgeYears());
      boolean canWait = !oldEnough.isAfter(start.plusYears(Reach.MAX_WAIT_YEARS));
      return Ineligible.because(
          UnmetCriterion.of(
                  Criterion.FIRM_AGE,
                  TEXT.get("age.tooYoung", instrument.shortName(), stage.minAgeYears(), age, start),
                  canWait
                      ? Optional.of(TEXT.get("age.onceOldEnough", stage.minAgeYears(), oldEnough))
                      : Optional.empty())
              .restingOn(instrument, "minAgeYears"));
    }
    return Eligible.WITHOUT_COMMENT;
  }

  /** Mentions a starter variant (BMKB under 3 years, VFF for starters up to 5) when it applies. */
  @Override
  public Optional<Message> whyItFits(Instrument instrument, MatchContext context) {
    Integer starterBelow = instrument.terms().stage().starterMaxAgeYears();
    if (starterBelow != null && context.firmAgeAtStart() < starterBelow) {
      return Optional.of(TEXT.get("age.starterVariant", starterBelow, instrument.shortName()));
    }
    return Optional.empty();
  }
}
