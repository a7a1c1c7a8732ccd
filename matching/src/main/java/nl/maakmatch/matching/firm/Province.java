package nl.maakmatch.matching.firm;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The twelve Dutch provinces, with the two-letter codes used across the Dutch government. */
public enum Province {
  DR("Drenthe", "Drenthe"),
  FL("Flevoland", "Flevoland"),
  FR("Fryslân", "Friesland"),
  GE("Gelderland", "Gelderland"),
  GR("Groningen", "Groningen"),
  LI("Limburg", "Limburg"),
  NB("Noord-Brabant", "North Brabant"),
  NH("Noord-Holland", "North Holland"),
  OV("Overijssel", "Overijssel"),
  UT("Utrecht", "Utrecht"),
  ZE("Zeeland", "Zeeland"),
  ZH("Zuid-Holland", "South Holland");

  private final String dutchName;
  private final String englishName;

  Province(String dutchName, String englishName) {
    this.dutchName = dutchName;
    this.englishName = englishName;
  }

  public String dutchName() {
    return dutchName;
  }

  public String englishName() {
    return englishName;
  }

  /**
   * Finds a province named in free text (a catalogue's region line), by Dutch or English name or
   * the common spelling "Friesland"/"Fryslan". Used to derive regional terms from imported entries;
   * the code itself is not matched because two letters occur inside ordinary words.
   */
  public boolean isNamedIn(String text) {
    String haystack = text.toLowerCase(Locale.ROOT);
    return haystack.contains(dutchName.toLowerCase(Locale.ROOT))
        || haystack.contains(englishName.toLowerCase(Locale.ROOT))
        || (this == FR && haystack.contains("fryslan"));
  }

  public static Optional<Province> fromCode(String code) {
    return Arrays.stream(values()).filter(p -> p.name().equalsIgnoreCase(code)).findFirst();
  }
}
