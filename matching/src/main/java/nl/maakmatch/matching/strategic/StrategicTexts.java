package nl.maakmatch.matching.strategic;

import java.util.Set;
import java.util.stream.Collectors;
import nl.maakmatch.matching.catalogue.Instrument;
import nl.maakmatch.matching.plan.KeyTechnology;
import nl.maakmatch.matching.text.LocalizedText;

/** Every sentence about key technologies and investment screening, in Dutch and English. */
final class StrategicTexts {

  private StrategicTexts() {}

  static LocalizedText keyTechnology(Set<KeyTechnology> technologies) {
    return new LocalizedText(
        "Uw plan betreft een sleuteltechnologie ("
            + dutch(technologies)
            + "). De"
            + " industrienotitie van 2022 noemt energie, voedsel, water, halfgeleiders,"
            + " geneesmiddelen en zorg als sleuteltechnologieën die in Nederland en Europa"
            + " moeten blijven.",
        "Your plan concerns a key technology ("
            + english(technologies)
            + "). The 2022"
            + " industry note names energy, food, water, semiconductors, medicines and care as"
            + " key technologies to keep in the Netherlands and Europe.");
  }

  static LocalizedText vifoNotification(Instrument instrument, Set<KeyTechnology> technologies) {
    return new LocalizedText(
        instrument.shortName()
            + " kan een aandelenbelang of stemrechten nemen. Uw bedrijf is"
            + " actief in zeer sensitieve technologie ("
            + dutch(technologies)
            + "), dus onder de"
            + " Wet Vifo moet elke investeerder (niet alleen een staatsgesteunde of niet-Europese,"
            + " ook een Nederlandse of Europese) vooraf melden bij het Bureau Toetsing"
            + " Investeringen wanneer hij 10%, 20% of 25% van de stemrechten of zeggenschap"
            + " verwerft. Sluiten vóór het besluit is verboden (standstill); reken op ongeveer"
            + " 8 weken na een volledige melding, verlengbaar tot circa 6 maanden (schatting).",
        instrument.shortName()
            + " may take shares or voting rights. Your firm is active in very"
            + " sensitive technology ("
            + english(technologies)
            + "), so under the Dutch Wet"
            + " Vifo every investor (not only a state-backed or non-EU one, Dutch and EU investors"
            + " too) must notify the Bureau Toetsing Investeringen before acquiring 10%, 20% or"
            + " 25% of the votes or control. Closing before the decision is prohibited"
            + " (standstill); expect about 8 weeks after a complete notification, extendable to"
            + " about 6 months (estimate).");
  }

  static LocalizedText vifoExtensionPending(
      Instrument instrument, Set<KeyTechnology> technologies) {
    return new LocalizedText(
        instrument.shortName()
            + " kan een aandelenbelang nemen. Het kabinet consulteerde"
            + " (dec. 2024 – jan. 2025) over uitbreiding van de Wet Vifo naar onder meer "
            + dutch(technologies)
            + "; of dat nu geldt is niet bevestigd. Controleer bij het"
            + " Bureau Toetsing Investeringen of een melding nodig is.",
        instrument.shortName()
            + " may take an equity stake. The government consulted"
            + " (Dec 2024 – Jan 2025) on extending Wet Vifo to, among others, "
            + english(technologies)
            + "; whether that is in force was not confirmed. Check with"
            + " the Bureau Toetsing Investeringen whether a notification is needed.");
  }

  private static String dutch(Set<KeyTechnology> technologies) {
    return technologies.stream()
        .sorted()
        .map(KeyTechnology::dutch)
        .collect(Collectors.joining(", "));
  }

  private static String english(Set<KeyTechnology> technologies) {
    return technologies.stream()
        .sorted()
        .map(KeyTechnology::english)
        .collect(Collectors.joining(", "));
  }
}
