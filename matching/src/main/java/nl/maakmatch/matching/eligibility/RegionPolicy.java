package nl.maakmatch.matching.eligibility;

import java.util.List;
import java.util.Optional;
import nl.maakmatch.matching.catalogue.Instrument;
import nl.maakmatch.matching.firm.Province;
import nl.maakmatch.matching.text.Listing;
import nl.maakmatch.matching.text.Message;
import nl.maakmatch.matching.text.Messages;

/**
 * Regional instruments serve only firms established in their provinces: each ROM its own (BOM
 * Noord-Brabant, LIOF Limburg, Oost NL Gelderland and Overijssel, NOM Groningen, Fryslân and
 * Drenthe, …). When a ROM of another province does not fit, the firm is pointed to the ROM of its
 * own province instead.
 */
public final class RegionPolicy implements EligibilityPolicy {

  private static final Messages TEXT = Messages.in("nl.maakmatch.matching.eligibility.messages");

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
    Optional<Message> ownRom = Optional.empty();
    if (scope.rom()) {
      List<Instrument> roms = context.catalogue().romsServing(province);
      if (!roms.isEmpty()) {
        ownRom =
            Optional.of(
                TEXT.get(
                    "region.useOwnRom",
                    province,
                    Listing.or(roms.stream().map(Instrument::shortName).toList()),
                    instrument.shortName()));
      }
    }
    return Ineligible.because(
        UnmetCriterion.of(
                Criterion.REGION,
                TEXT.get(
                    "region.outside",
                    instrument.shortName(),
                    Listing.and(scope.provinces().stream().sorted().toList()),
                    province),
                ownRom)
            .restingOn(instrument, "provinces"));
  }

  @Override
  public Optional<Message> whyItFits(Instrument instrument, MatchContext context) {
    if (instrument.terms().scope().isNationwide()) {
      return Optional.empty();
    }
    return Optional.of(
        TEXT.get("region.served", instrument.shortName(), context.firm().province()));
  }
}
