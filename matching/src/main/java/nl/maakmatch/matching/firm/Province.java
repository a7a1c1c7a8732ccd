package nl.maakmatch.matching.firm;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import nl.maakmatch.matching.text.Label;
import nl.maakmatch.matching.text.Message;
import nl.maakmatch.matching.text.MessageRenderer;

/**
 * The twelve Dutch provinces, with the two-letter codes used across the Dutch government; their
 * names are in {@code labels.properties}.
 */
public enum Province {
  DR,
  FL,
  FR,
  GE,
  GR,
  LI,
  NB,
  NH,
  OV,
  UT,
  ZE,
  ZH;

  /**
   * Finds a province named in free text (a catalogue's region line), by Dutch or English name or
   * the common spelling "Friesland"/"Fryslan". Used to derive regional terms from imported entries;
   * the code itself is not matched because two letters occur inside ordinary words.
   */
  public boolean isNamedIn(String text) {
    String haystack = text.toLowerCase(Locale.ROOT);
    Message name = Label.of(this);
    return haystack.contains(MessageRenderer.dutch(name).toLowerCase(Locale.ROOT))
        || haystack.contains(MessageRenderer.english(name).toLowerCase(Locale.ROOT))
        || (this == FR && haystack.contains("fryslan"));
  }

  public static Optional<Province> fromCode(String code) {
    return Arrays.stream(values()).filter(p -> p.name().equalsIgnoreCase(code)).findFirst();
  }
}
