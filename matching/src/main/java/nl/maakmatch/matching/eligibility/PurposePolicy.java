package nl.maakmatch.matching.eligibility;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.maakmatch.matching.catalogue.Instrument;
import nl.maakmatch.matching.catalogue.MatchingTerms.Scope;
import nl.maakmatch.matching.plan.Purpose;
import nl.maakmatch.matching.text.Listing;
import nl.maakmatch.matching.text.Message;
import nl.maakmatch.matching.text.Messages;

/**
 * What the plan spends money on must be something the instrument finances (the catalogue's {@code
 * finances} tags), and must include what some instruments are exclusively for: EIA only for
 * Energielijst assets, MIA/Vamil for Milieulijst assets, BMKB-Groen for green investments, VEKI and
 * DEI+ for CO2 reduction, MIT Haalbaarheid for a feasibility study, Invest International for deals
 * abroad.
 */
public final class PurposePolicy implements EligibilityPolicy {

  private static final Messages TEXT = Messages.in("nl.maakmatch.matching.eligibility.messages");

  @Override
  public Eligibility check(Instrument instrument, MatchContext context) {
    Scope scope = instrument.terms().scope();
    Set<Purpose> planned = context.plan().purposes();
    Set<Purpose> overlap = EnumSet.noneOf(Purpose.class);
    planned.stream().filter(scope.purposes()::contains).forEach(overlap::add);
    if (overlap.isEmpty()) {
      return Ineligible.because(
          UnmetCriterion.of(
                  Criterion.PURPOSE,
                  TEXT.get(
                      "purpose.notFinanced",
                      instrument.shortName(),
                      Listing.and(sorted(scope.purposes())),
                      Listing.and(sorted(planned))))
              .restingOn(instrument, "purposes"));
    }
    Set<Purpose> required = scope.requiredPurposes();
    if (!required.isEmpty() && required.stream().noneMatch(planned::contains)) {
      return Ineligible.because(
          UnmetCriterion.of(
                  Criterion.PURPOSE,
                  TEXT.get(
                      "purpose.requiredMissing",
                      instrument.shortName(),
                      Listing.or(sorted(required))),
                  Optional.of(TEXT.get("purpose.ifIncluded", Listing.or(sorted(required)))))
              .restingOn(instrument, "requiredPurposes"));
    }
    return Eligible.WITHOUT_COMMENT;
  }

  @Override
  public Optional<Message> whyItFits(Instrument instrument, MatchContext context) {
    Set<Purpose> overlap = EnumSet.noneOf(Purpose.class);
    context.plan().purposes().stream()
        .filter(instrument.terms().scope().purposes()::contains)
        .forEach(overlap::add);
    return Optional.of(
        TEXT.get("purpose.financed", instrument.shortName(), Listing.and(sorted(overlap))));
  }

  private static List<Purpose> sorted(Set<Purpose> purposes) {
    return purposes.stream().sorted().toList();
  }
}
