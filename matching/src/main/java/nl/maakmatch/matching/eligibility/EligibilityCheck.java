package nl.maakmatch.matching.eligibility;

import java.util.ArrayList;
import java.util.List;
import nl.maakmatch.matching.catalogue.Instrument;
import nl.maakmatch.matching.text.Message;

/**
 * Applies every policy to an instrument and keeps all unmet criteria, so the firm owner sees
 * everything that stands in the way at once. A "would fit if" is kept only when a single change
 * suffices: with two or more unmet criteria no one change makes the instrument fit, and suggesting
 * one would mislead.
 *
 * <p>Three answers: {@link Ineligible} when at least one confirmed rule fails; {@link Uncertain}
 * when the only unmet limits rest on estimates, or every rule is met but a condition the plan does
 * not state is still open ({@link OpenConditions}); else {@link Eligible}. An estimate never turns
 * into a hard "no".
 */
public final class EligibilityCheck {

  private final List<EligibilityPolicy> policies;
  private final OpenConditions openConditions = new OpenConditions();

  public EligibilityCheck(List<EligibilityPolicy> policies) {
    this.policies = List.copyOf(policies);
  }

  /** The policies for every instrument in the catalogue, cheapest and most decisive first. */
  public static EligibilityCheck standard() {
    return new EligibilityCheck(
        List.of(
            new StatusPolicy(),
            new SizeClassPolicy(),
            new SectorPolicy(),
            new RegionPolicy(),
            new PurposePolicy(),
            new FirmAgePolicy(),
            new AmountPolicy(),
            new FinancingNeedPolicy(),
            new InvestmentSizePolicy(),
            new TrlPolicy(),
            new IncentiveEffectPolicy(),
            new ApplicationWindowPolicy(),
            new DeMinimisHeadroomPolicy(),
            new Variants()));
  }

  public Eligibility assess(Instrument instrument, MatchContext context) {
    List<UnmetCriterion> unmet = new ArrayList<>();
    List<EligibilityPolicy> passed = new ArrayList<>();
    for (EligibilityPolicy policy : policies) {
      if (policy.check(instrument, context) instanceof Ineligible ineligible) {
        unmet.addAll(ineligible.unmet());
      } else {
        passed.add(policy);
      }
    }
    if (unmet.stream().anyMatch(UnmetCriterion::confirmed)) {
      if (unmet.size() > 1) {
        return new Ineligible(unmet.stream().map(UnmetCriterion::withoutSuggestion).toList());
      }
      return new Ineligible(unmet);
    }
    List<Message> reasons = new ArrayList<>();
    for (EligibilityPolicy policy : passed) {
      policy.whyItFits(instrument, context).ifPresent(reasons::add);
    }
    List<OpenQuestion> toCheck = new ArrayList<>();
    for (UnmetCriterion estimated : unmet) {
      toCheck.add(openConditions.onEstimate(instrument, estimated));
    }
    toCheck.addAll(openConditions.unstated(instrument, context));
    if (toCheck.isEmpty()) {
      return new Eligible(reasons);
    }
    return new Uncertain(reasons, toCheck);
  }
}
