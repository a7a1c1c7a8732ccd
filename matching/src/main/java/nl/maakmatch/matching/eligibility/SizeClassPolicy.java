package nl.maakmatch.matching.eligibility;

import java.util.Optional;
import java.util.Set;
import nl.maakmatch.matching.catalogue.Instrument;
import nl.maakmatch.matching.firm.SizeClass;
import nl.maakmatch.matching.text.LocalizedText;

/**
 * The firm's size class (EU SME definition, with partner and linked enterprises) must be one the
 * instrument serves: BMKB, MIT, VFF and the ROMs are for MKB only; Invest-NL and Invest
 * International not for micro firms. No counterfactual: a firm cannot realistically change size to
 * fit.
 */
public final class SizeClassPolicy implements EligibilityPolicy {

  @Override
  public Eligibility check(Instrument instrument, MatchContext context) {
    Set<SizeClass> sizes = instrument.terms().scope().sizes();
    if (!sizes.contains(context.sizeClass())) {
      return Ineligible.because(
          UnmetCriterion.of(
              Criterion.SIZE_CLASS,
              EligibilityTexts.sizeNotServed(instrument, sizes, context.size())));
    }
    return Eligible.WITHOUT_COMMENT;
  }

  /** Worth saying only when the instrument is not for every size. */
  @Override
  public Optional<LocalizedText> whyItFits(Instrument instrument, MatchContext context) {
    Set<SizeClass> sizes = instrument.terms().scope().sizes();
    if (sizes.size() == SizeClass.values().length) {
      return Optional.empty();
    }
    return Optional.of(EligibilityTexts.sizeServed(instrument, sizes, context.sizeClass()));
  }
}
