package nl.maakmatch.matching.catalogue;

import java.util.Collection;
import nl.maakmatch.matching.text.LocalizedText;

/**
 * Every sentence the catalogue reader reports, in Dutch and English. A ROM that imports its own
 * catalogue file reads these, so each names the field (as a path such as {@code
 * instruments[3].eligibility.size}) and the offending value.
 */
final class CatalogueTexts {

  private CatalogueTexts() {}

  static LocalizedText unreadableYaml(String detail) {
    return new LocalizedText(
        "Het bestand is geen geldige YAML: " + detail, "The file is not valid YAML: " + detail);
  }

  static LocalizedText noInstrumentList() {
    return new LocalizedText(
        "Het bestand mist de lijst 'instruments'", "The file has no 'instruments' list");
  }

  static LocalizedText notAMap(String path) {
    return new LocalizedText(
        path + " moet een blok met velden zijn", path + " must be a block of fields");
  }

  static LocalizedText missing(String path) {
    return new LocalizedText(path + " ontbreekt", path + " is missing");
  }

  static LocalizedText notAList(String path) {
    return new LocalizedText(path + " moet een lijst zijn", path + " must be a list");
  }

  static LocalizedText unknownValue(String path, Object value, Collection<?> allowed) {
    return new LocalizedText(
        path + ": onbekende waarde '" + value + "'; toegestaan: " + allowed,
        path + ": unknown value '" + value + "'; allowed: " + allowed);
  }

  static LocalizedText unknownKey(String path) {
    return new LocalizedText(
        path + ": onbekend veld (tikfout?)", path + ": unknown field (typing error?)");
  }

  static LocalizedText notANumber(String path, Object value) {
    return new LocalizedText(
        path + ": '" + value + "' is geen getal", path + ": '" + value + "' is not a number");
  }

  static LocalizedText notAWholeNumber(String path, Object value) {
    return new LocalizedText(
        path + ": '" + value + "' is geen geheel getal",
        path + ": '" + value + "' is not a whole number");
  }

  static LocalizedText notABoolean(String path, Object value) {
    return new LocalizedText(
        path + ": '" + value + "' moet true of false zijn",
        path + ": '" + value + "' must be true or false");
  }

  static LocalizedText notADate(String path, Object value) {
    return new LocalizedText(
        path + ": '" + value + "' is geen datum (JJJJ-MM-DD)",
        path + ": '" + value + "' is not a date (YYYY-MM-DD)");
  }

  static LocalizedText outOfRange(String path, Object value, String range) {
    return new LocalizedText(
        path + ": " + value + " ligt niet in " + range,
        path + ": " + value + " is not in " + range);
  }

  static LocalizedText minAboveMax(String minPath, String maxPath) {
    return new LocalizedText(
        minPath + " is groter dan " + maxPath, minPath + " is larger than " + maxPath);
  }

  static LocalizedText badShare(String path, Object value) {
    return new LocalizedText(
        path + ": '" + value + "' is geen aandeel tussen 0 en 1 (of bereik zoals 0.30-0.70)",
        path + ": '" + value + "' is not a share between 0 and 1 (or a range like 0.30-0.70)");
  }

  static LocalizedText badSbiPrefix(String path, Object value) {
    return new LocalizedText(
        path
            + ": '"
            + value
            + "' is geen SBI-voorvoegsel (zoals \"68\", \"68.3\" of \"10-33\";"
            + " zet het tussen aanhalingstekens)",
        path
            + ": '"
            + value
            + "' is not an SBI prefix (like \"68\", \"68.3\" or \"10-33\";"
            + " put it in quotes)");
  }

  static LocalizedText badId(String path, Object value) {
    return new LocalizedText(
        path + ": '" + value + "' is geen geldige id (kleine letters, cijfers en _)",
        path + ": '" + value + "' is not a valid id (lower-case letters, digits and _)");
  }

  static LocalizedText duplicateId(String id, int firstPosition) {
    return new LocalizedText(
        "id '" + id + "' komt al voor bij instruments[" + firstPosition + "]",
        "id '" + id + "' already used by instruments[" + firstPosition + "]");
  }

  static LocalizedText guaranteeNeedsCover(String path) {
    return new LocalizedText(
        path
            + ": een garantie heeft coverShareOfBankLoan nodig (deel van de banklening dat de"
            + " staat dekt)",
        path
            + ": a guarantee needs coverShareOfBankLoan (share of the bank loan the state covers)");
  }

  static LocalizedText notAPart(String path, Object value) {
    return new LocalizedText(
        path + ": '" + value + "' is eigen geld of de banklening zelf, geen instrument",
        path + ": '" + value + "' is own funds or the bank loan itself, not an instrument");
  }

  static LocalizedText unknownEstimate(String path, Object value) {
    return new LocalizedText(
        path + ": '" + value + "' is geen veld van de voorwaarden",
        path + ": '" + value + "' is not a terms field");
  }

  static LocalizedText derivedTerms(String id) {
    return new LocalizedText(
        id
            + ": geen vastgestelde matchingvoorwaarden; voorzichtig afgeleid uit de vermelding"
            + " zelf (grootte, financiert, bedragen min_*/max_*)",
        id
            + ": no curated matching terms; derived conservatively from the entry itself"
            + " (size, finances, min_*/max_* amounts)");
  }

  static LocalizedText regionNamesNoProvince(String id, Object region) {
    return new LocalizedText(
        id + ": regio '" + region + "' noemt geen provincie; behandeld als heel Nederland",
        id + ": region '" + region + "' names no province; treated as the whole country");
  }

  static LocalizedText unknownExclusion(String id, String excluded) {
    return new LocalizedText(
        id + ": sluit '" + excluded + "' uit, maar dat instrument staat niet in de catalogus",
        id + ": excludes '" + excluded + "', which is not in the catalogue");
  }
}
