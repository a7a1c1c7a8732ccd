package nl.maakmatch.matching.scoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.maakmatch.matching.catalogue.Instrument;
import nl.maakmatch.matching.plan.KeyTechnology;
import nl.maakmatch.matching.plan.Purpose;
import nl.maakmatch.matching.text.Dates;
import nl.maakmatch.matching.text.Euro;
import nl.maakmatch.matching.text.LocalizedText;

/** Every sentence of scores and certainty, in Dutch and English. */
final class ScoringTexts {

  /** How each estimated term is called for a firm owner. */
  private static final Map<String, LocalizedText> TERMS =
      Map.ofEntries(
          Map.entry("partMin", new LocalizedText("minimumbedrag", "minimum amount")),
          Map.entry("partMax", new LocalizedText("maximumbedrag", "maximum amount")),
          Map.entry("costShare", new LocalizedText("percentage van de kosten", "share of costs")),
          Map.entry(
              "maxShareOfNeed",
              new LocalizedText("maximaal aandeel in de behoefte", "maximum share of the need")),
          Map.entry(
              "coverShareOfBankLoan", new LocalizedText("garantiepercentage", "guarantee cover")),
          Map.entry("costRate", new LocalizedText("kosten", "cost")),
          Map.entry("aidRate", new LocalizedText("steunequivalent", "aid equivalent")),
          Map.entry("aidBasis", new LocalizedText("staatssteungrondslag", "state-aid basis")),
          Map.entry("trlMin", new LocalizedText("TRL-ondergrens", "lowest TRL")),
          Map.entry("trlMax", new LocalizedText("TRL-bovengrens", "highest TRL")),
          Map.entry("excludes", new LocalizedText("combinatieregels", "combination rules")),
          Map.entry("focus", new LocalizedText("speerpunten", "focus areas")),
          Map.entry("sizes", new LocalizedText("doelgroep naar grootte", "firm sizes served")),
          Map.entry("sbiExcluded", new LocalizedText("uitgesloten sectoren", "excluded sectors")),
          Map.entry("sbiRequired", new LocalizedText("sectoren", "sectors")),
          Map.entry("windowRecurring", new LocalizedText("nieuwe ronde", "next round")),
          Map.entry("statusConfirmed", new LocalizedText("status", "status")),
          Map.entry("weeksToDecision", new LocalizedText("doorlooptijd", "time to decision")),
          Map.entry(
              "investmentByYear",
              new LocalizedText("investeringsgrenzen per jaar", "yearly investment limits")),
          Map.entry("part", new LocalizedText("financieringsvorm", "form of finance")),
          Map.entry("maxAgeYears", new LocalizedText("leeftijdsgrens", "age limit")),
          Map.entry(
              "applyBeforeStart",
              new LocalizedText("aanvraag vóór de start", "application before the start")),
          Map.entry(
              "applyWithinMonthsAfterStart",
              new LocalizedText("meldtermijn", "notification period")));

  private ScoringTexts() {}

  // ------------------------------------------------------------------ components

  static LocalizedText covers(long amount, long base, boolean ofInvestment) {
    String nlBase = ofInvestment ? "uw investering" : "uw financieringsbehoefte";
    String enBase = ofInvestment ? "your investment" : "your financing need";
    return new LocalizedText(
        "tot " + Euro.nl(amount) + " van " + nlBase + " van " + Euro.nl(base),
        "up to " + Euro.en(amount) + " of " + enBase + " of " + Euro.en(base));
  }

  static LocalizedText notComparable() {
    return new LocalizedText(
        "bedrag niet te vergelijken: komt naast de investering",
        "amount not comparable: comes beside the investment");
  }

  static LocalizedText nothingToCover() {
    return new LocalizedText("geen financieringsbehoefte", "no financing need");
  }

  static LocalizedText purposeOverlap(Set<Purpose> overlap, Set<Purpose> planned) {
    return new LocalizedText(
        overlap.size()
            + " van "
            + planned.size()
            + " doelen: "
            + overlap.stream().sorted().map(Purpose::dutch).collect(Collectors.joining(", ")),
        overlap.size()
            + " of "
            + planned.size()
            + " purposes: "
            + overlap.stream().sorted().map(Purpose::english).collect(Collectors.joining(", ")));
  }

  static LocalizedText annualCost(double rate, boolean defaulted) {
    if (rate <= 0) {
      return new LocalizedText(
          "geen rente of premie" + (rate < 0 ? "; levert voordeel op" : ""),
          "no interest or premium" + (rate < 0 ? "; a benefit" : ""));
    }
    return new LocalizedText(
        "ca. " + Euro.percentNl(rate) + " per jaar" + (defaulted ? " (standaardaanname)" : ""),
        "about " + Euro.percentEn(rate) + " a year" + (defaulted ? " (default assumption)" : ""));
  }

  static LocalizedText weeks(int weeks, boolean defaulted) {
    return new LocalizedText(
        "besluit in ca. " + weeks + " weken" + (defaulted ? " (standaardaanname)" : ""),
        "decision in about " + weeks + " weeks" + (defaulted ? " (default assumption)" : ""));
  }

  static LocalizedText regional(Instrument instrument) {
    return new LocalizedText(
        instrument.shortName() + " financiert in uw eigen regio",
        instrument.shortName() + " finances in your own region");
  }

  static LocalizedText national() {
    return new LocalizedText("landelijk instrument", "national instrument");
  }

  static LocalizedText technologyMatch(Set<KeyTechnology> overlap) {
    return new LocalizedText(
        "speerpunt: "
            + overlap.stream().sorted().map(KeyTechnology::dutch).collect(Collectors.joining(", ")),
        "focus: "
            + overlap.stream()
                .sorted()
                .map(KeyTechnology::english)
                .collect(Collectors.joining(", ")));
  }

  static LocalizedText noTechnologyFocus() {
    return new LocalizedText(
        "geen technologisch speerpunt voor dit plan", "no technology focus for this plan");
  }

  // ------------------------------------------------------------------ certainty flags

  static LocalizedText catalogueEstimate(Instrument instrument) {
    return new LocalizedText(
        "De catalogus geeft de kerngegevens van "
            + instrument.shortName()
            + " als schatting: controleer ze bij de uitvoerder",
        "The catalogue gives "
            + instrument.shortName()
            + "'s key parameters as estimates: check them with the operator");
  }

  static LocalizedText statusUnconfirmed(Instrument instrument) {
    String reasonNl = instrument.terms().availability().reasonNl();
    return new LocalizedText(
        "Niet bevestigd dat "
            + instrument.shortName()
            + " nog openstaat"
            + (reasonNl.isEmpty() ? "" : ": " + reasonNl),
        "Not confirmed that "
            + instrument.shortName()
            + " is still open: "
            + instrument.terms().availability().reason());
  }

  static LocalizedText termsEstimated(List<String> terms) {
    return new LocalizedText(
        "Geschat: " + terms.stream().map(t -> label(t).nl()).collect(Collectors.joining(", ")),
        "Estimated: " + terms.stream().map(t -> label(t).en()).collect(Collectors.joining(", ")));
  }

  static LocalizedText termsDerived(Instrument instrument) {
    return new LocalizedText(
        "De voorwaarden van "
            + instrument.shortName()
            + " zijn automatisch afgeleid uit de catalogus, niet gecontroleerd",
        instrument.shortName()
            + "'s terms were derived automatically from the catalogue, not reviewed");
  }

  static LocalizedText termsFromEntry(Instrument instrument) {
    return new LocalizedText(
        "De catalogusvermelding van " + instrument.shortName() + " geeft eigen matchingvoorwaarden",
        "The catalogue entry of " + instrument.shortName() + " sets its own matching terms");
  }

  static LocalizedText costUnknown(double assumed) {
    return new LocalizedText(
        "Kosten niet gepubliceerd; gerekend met " + Euro.percentNl(assumed) + " per jaar",
        "Cost not published; assumed " + Euro.percentEn(assumed) + " a year");
  }

  static LocalizedText nextRoundUnconfirmed(Instrument instrument, LocalDate lastClosed) {
    return new LocalizedText(
        "De laatst bekende ronde van "
            + instrument.shortName()
            + " sloot op "
            + Dates.nl(lastClosed)
            + "; een nieuwe ronde wordt verwacht maar is niet bevestigd",
        "The last known round of "
            + instrument.shortName()
            + " closed on "
            + Dates.en(lastClosed)
            + "; a new round is expected but not confirmed");
  }

  private static LocalizedText label(String term) {
    return TERMS.getOrDefault(term, new LocalizedText(term, term));
  }
}
