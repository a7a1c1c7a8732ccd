package nl.maakmatch.matching.eligibility;

import java.util.List;
import java.util.Set;
import nl.maakmatch.matching.catalogue.Instrument;
import nl.maakmatch.matching.firm.SbiCode;
import nl.maakmatch.matching.text.Listing;
import nl.maakmatch.matching.text.Message;
import nl.maakmatch.matching.text.Messages;

/**
 * Sector exclusions and inclusions by SBI code: the guarantee schemes exclude agriculture, real
 * estate, the financial sector and public healthcare (docs/rules/schemes.md); LIOF excludes tobacco
 * and weapons; VEKI is only for industry, energy distribution and waste processing.
 */
public final class SectorPolicy implements EligibilityPolicy {

  private static final Messages TEXT = Messages.in("nl.maakmatch.matching.eligibility.messages");

  /** Sector names by SBI prefix; a prefix without a name is shown as "SBI 12.3". */
  private static final Messages SECTORS = Messages.in("nl.maakmatch.matching.eligibility.sectors");

  private static final Set<String> NAMED = SECTORS.keys();

  @Override
  public Eligibility check(Instrument instrument, MatchContext context) {
    SbiCode sbi = context.firm().sbiCode();
    for (String prefix : instrument.terms().scope().sbiExcluded()) {
      if (sbi.fallsUnder(prefix)) {
        return Ineligible.because(
            UnmetCriterion.of(
                    Criterion.SECTOR,
                    TEXT.get(
                        "sector.excluded",
                        instrument.shortName(),
                        sector(prefix),
                        prefix,
                        sbi.value()))
                .restingOn(instrument, "sbiExcluded"));
      }
    }
    List<String> required = instrument.terms().scope().sbiRequired();
    if (!required.isEmpty() && required.stream().noneMatch(sbi::fallsUnder)) {
      return Ineligible.because(
          UnmetCriterion.of(
                  Criterion.SECTOR,
                  TEXT.get(
                      "sector.notIncluded",
                      instrument.shortName(),
                      Listing.of(
                          required.stream()
                              .map(p -> TEXT.get("sector.withPrefix", sector(p), p))
                              .toList()),
                      sbi.value()))
              .restingOn(instrument, "sbiRequired"));
    }
    return Eligible.WITHOUT_COMMENT;
  }

  private static Message sector(String prefix) {
    return NAMED.contains(prefix) ? SECTORS.get(prefix) : TEXT.get("sector.unnamed", prefix);
  }
}
