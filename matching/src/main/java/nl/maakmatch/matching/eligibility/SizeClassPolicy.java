package nl.maakmatch.matching.eligibility;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.maakmatch.matching.catalogue.Instrument;
import nl.maakmatch.matching.firm.SizeClass;
import nl.maakmatch.matching.text.Listing;
import nl.maakmatch.matching.text.Message;
import nl.maakmatch.matching.text.Messages;

/**
 * The firm's size class (EU SME definition, with partner and linked enterprises) must be one the
 * instrument serves: BMKB, MIT, VFF and the ROMs are for MKB only; Invest-NL and Invest
 * International not for micro firms. No counterfactual: a firm cannot realistically change size to
 * fit.
 */
public final class SizeClassPolicy implements EligibilityPolicy {

  private static final Messages TEXT = Messages.in("nl.maakmatch.matching.eligibility.messages");

  @Override
  public Eligibility check(Instrument instrument, MatchContext context) {
    Set<SizeClass> sizes = instrument.terms().scope().sizes();
    if (!sizes.contains(context.sizeClass())) {
      return Ineligible.because(
          UnmetCriterion.of(
                  Criterion.SIZE_CLASS,
                  TEXT.get(
                      "size.notServed",
                      instrument.shortName(),
                      served(sizes),
                      context.size().reasoning()))
              .restingOn(instrument, "sizes"));
    }
    return Eligible.WITHOUT_COMMENT;
  }

  /** Worth saying only when the instrument is not for every size. */
  @Override
  public Optional<Message> whyItFits(Instrument instrument, MatchContext context) {
    Set<SizeClass> sizes = instrument.terms().scope().sizes();
    if (sizes.size() == SizeClass.values().length) {
      return Optional.empty();
    }
    return Optional.of(
        TEXT.get("size.served", instrument.shortName(), served(sizes), context.sizeClass()));
  }

  /** "MKB-bedrijven (micro, klein en middelgroot)", else e.g. "middelgrote en grote bedrijven". */
  private static Message served(Set<SizeClass> sizes) {
    if (sizes.equals(Set.of(SizeClass.MICRO, SizeClass.SMALL, SizeClass.MEDIUM))) {
      return TEXT.get("sizes.sme");
    }
    List<Message> adjectives =
        sizes.stream()
            .sorted()
            .map(
                size ->
                    TEXT.get(
                        switch (size) {
                          case MICRO -> "sizes.micro";
                          case SMALL -> "sizes.small";
                          case MEDIUM -> "sizes.medium";
                          case LARGE -> "sizes.large";
                        }))
            .toList();
    return TEXT.get("sizes.listed", Listing.and(adjectives));
  }
}
