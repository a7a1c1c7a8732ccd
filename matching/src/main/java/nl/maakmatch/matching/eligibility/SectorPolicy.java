package nl.maakmatch.matching.eligibility;

import java.util.List;
import nl.maakmatch.matching.catalogue.Instrument;
import nl.maakmatch.matching.firm.SbiCode;

/**
 * Sector exclusions and inclusions by SBI code: the guarantee schemes exclude agriculture, real
 * estate, the financial sector and public healthcare (docs/rules/schemes.md); LIOF excludes tobacco
 * and weapons; VEKI is only for industry, energy distribution and waste processing.
 */
public final class SectorPolicy implements EligibilityPolicy {

  @Override
  public Eligibility check(Instrument instrument, MatchContext context) {
    SbiCode sbi = context.firm().sbiCode();
    for (String prefix : instrument.terms().scope().sbiExcluded()) {
      if (sbi.fallsUnder(prefix)) {
        return Ineligible.because(
            UnmetCriterion.of(
                Criterion.SECTOR,
                EligibilityTexts.sectorExcluded(instrument, prefix, sbi.value())));
      }
    }
    List<String> required = instrument.terms().scope().sbiRequired();
    if (!required.isEmpty() && required.stream().noneMatch(sbi::fallsUnder)) {
      return Ineligible.because(
          UnmetCriterion.of(
              Criterion.SECTOR,
              EligibilityTexts.sectorNotIncluded(instrument, required, sbi.value())));
    }
    return Eligible.WITHOUT_COMMENT;
  }
}
