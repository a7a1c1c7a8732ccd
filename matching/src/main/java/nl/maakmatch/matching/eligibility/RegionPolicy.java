package nl.maakmatch.matching.eligibility;

import java.util.List;
import java.util.Optional;
import nl.maakmatch.matching.catalogue.Instrument;
import nl.maakmatch.matching.firm.Province;
import nl.maakmatch.matching.text.LocalizedText;

/**
 * Regional instruments serve only firms established in their provinces: each ROM its own (BOM
 * Noord-Brabant, LIOF Limburg, Oost NL Gelderland and Overijssel, NOM Groningen, Fryslân and
 * Drenthe, …). When a ROM of another province does not fit, the firm is pointed to the ROM of its
 * own province instead.
 */
public final class RegionPolicy implements EligibilityPolicy {

  @Override
  public Eligibility check(Instrument instrument, MatchContext context) {
    var scope = instrument.terms().scope();
    Province province = context.firm().province();
    if (scope.isNationwide()) {
      return Eligible.WITHOUT_COMMENT;
    }
    if (scope.provinces().contains(province)) {
      return Eligible.WITHOUT_COMMENT;
    }
    Optional<LocalizedText> ownRom = Optional.empty();
    if (scope.rom()) {
      List<Instrument> roms = context.catalogue().romsServing(province);
      if (!roms.isEmpty()) {
        ownRom = Optional.of(EligibilityTexts.useOwnRom(province, roms, instrument));
      }
    }
    return Ineligible.because(
        UnmetCriterion.of(
            Criterion.REGION,
            EligibilityTexts.outsideRegion(instrument, scope.provinces(), province),
            ownRom));
  }

  @Override
  public Optional<LocalizedText> whyItFits(Instrument instrument, MatchContext context) {
    if (instrument.terms().scope().isNationwide()) {
      return Optional.empty();
    }
    return Optional.of(EligibilityTexts.regionServed(instrument, context.firm().province()));
  }
}
