package nl.maakmatch.matching.eligibility;

import java.util.Optional;
import nl.maakmatch.matching.catalogue.Instrument;
import nl.maakmatch.matching.catalogue.MatchingTerms.Amounts;
import nl.maakmatch.matching.catalogue.Variant;
import nl.maakmatch.matching.stack.PartKind;
import nl.maakmatch.matching.text.Message;
import nl.maakmatch.matching.text.Messages;
import nl.maakmatch.matching.text.Share;

/**
 * The terms an instrument offers this firm: a starter variant replaces the regular amounts for a
 * firm younger than the instrument's starter age when the plan starts (BMKB under 3 years: 67.5%
 * net cover on at most 200,000 guaranteed credit; VFF for innovative starters up to 5 years: 100%
 * of the costs, up to 350,000). An innovative variant needs a fact the engine cannot see (BMKB: an
 * S&O-verklaring), so it is named among the reasons, not applied.
 */
public final class Variants implements EligibilityPolicy {

  private static final Messages TEXT = Messages.in("nl.maakmatch.matching.eligibility.messages");

  /** The instrument under the terms it offers this firm. */
  public static Instrument offeredTo(Instrument instrument, MatchContext context) {
    Integer starterBelow = instrument.terms().stage().starterMaxAgeYears();
    Amounts amounts = instrument.terms().amounts();
    Optional<Variant> starter = amounts.variant(Variant.Kind.STARTER);
    if (starter.isEmpty() || starterBelow == null || context.firmAgeAtStart() >= starterBelow) {
      return instrument;
    }
    return instrument.withTerms(instrument.terms().withAmounts(amounts.with(starter.get())));
  }

  @Override
  public Eligibility check(Instrument instrument, MatchContext context) {
    return Eligible.WITHOUT_COMMENT;
  }

  /** "With an S&O-verklaring BMKB covers 60% of the loan (variant for innovative firms)". */
  @Override
  public Optional<Message> whyItFits(Instrument instrument, MatchContext context) {
    return instrument
        .terms()
        .amounts()
        .variant(Variant.Kind.INNOVATIVE)
        .filter(v -> instrument.terms().part() == PartKind.GUARANTEE)
        .filter(v -> v.coverShareOfBankLoan() != null)
        .map(
            v ->
                TEXT.get(
                    "variant.innovative",
                    instrument.shortName(),
                    Share.of(v.coverShareOfBankLoan())));
  }
}
