package nl.maakmatch.matching.eligibility;

import nl.maakmatch.matching.catalogue.Instrument;
import nl.maakmatch.matching.stack.AidBasis;
import nl.maakmatch.matching.text.Messages;
import nl.maakmatch.matching.text.Money;

/**
 * De minimis instruments (BMKB and BMKB-Groen, state_aid_basis "de minimis (estimate)") share one
 * EUR 300,000 ceiling per single undertaking over a rolling 3 years (Reg. (EU) 2023/2831,
 * docs/rules/de-minimis.md). Aid to the rest of the group counts too: the ceiling is per single
 * undertaking. With the ceiling used up they are not available. A smaller remaining headroom is
 * passed on to the stack, which sizes the aid to it.
 */
public final class DeMinimisHeadroomPolicy implements EligibilityPolicy {

  private static final Messages TEXT = Messages.in("nl.maakmatch.matching.eligibility.messages");

  @Override
  public Eligibility check(Instrument instrument, MatchContext context) {
    if (instrument.terms().pricing().aidBasis() == AidBasis.DE_MINIMIS
        && context.deMinimisHeadroomEur() <= 0) {
      return Ineligible.because(
          UnmetCriterion.of(
                  Criterion.DE_MINIMIS_HEADROOM,
                  context.firm().groupDeMinimisReceivedEur() > 0
                      ? TEXT.get(
                          "deMinimis.usedUpWithGroup",
                          instrument.shortName(),
                          Money.of(context.firm().deMinimisReceivedEur()),
                          Money.of(context.firm().groupDeMinimisReceivedEur()),
                          Money.of(DeMinimis.CEILING_EUR))
                      : TEXT.get(
                          "deMinimis.usedUp",
                          instrument.shortName(),
                          Money.of(context.firm().deMinimisReceivedEur()),
                          Money.of(DeMinimis.CEILING_EUR)))
              .restingOn(instrument, "aidBasis"));
    }
    return Eligible.WITHOUT_COMMENT;
  }
}
