package nl.maakmatch.matching;

import nl.maakmatch.matching.catalogue.Instrument;
import nl.maakmatch.matching.eligibility.DeMinimis;
import nl.maakmatch.matching.text.Euro;
import nl.maakmatch.matching.text.LocalizedText;

/** The engine's own notes on a match, in Dutch and English. */
final class EngineTexts {

  private EngineTexts() {}

  static LocalizedText notInStack(Instrument instrument) {
    var rules = instrument.terms().stackRules();
    String nl =
        rules.notInStackReasonNl().isEmpty()
            ? "het geld gaat niet naar de investering zelf"
            : rules.notInStackReasonNl();
    String en =
        rules.notInStackReason().isEmpty()
            ? "its money does not go into the investment itself"
            : rules.notInStackReason();
    return new LocalizedText(
        instrument.shortName() + " komt naast de financieringsstapel: " + nl,
        instrument.shortName() + " comes beside the financing stack: " + en);
  }

  static LocalizedText deMinimis(Instrument instrument, long headroom) {
    return new LocalizedText(
        instrument.shortName()
            + " is de-minimissteun: het steunelement telt mee voor uw"
            + " plafond van "
            + Euro.nl(DeMinimis.CEILING_EUR)
            + " over 3 jaar; u heeft nog "
            + Euro.nl(headroom)
            + " ruimte",
        instrument.shortName()
            + " is de minimis aid: its aid element counts against your "
            + Euro.en(DeMinimis.CEILING_EUR)
            + " ceiling over 3 years; you have "
            + Euro.en(headroom)
            + " left");
  }
}
