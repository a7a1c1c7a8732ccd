package nl.maakmatch.matching.text;

import java.util.Objects;

/**
 * A text the data supplies in Dutch and English (a catalogue entry's status reason), not a pattern
 * of a bundle: shown as it is, in the reader's language, or in the other language when the data has
 * none in the reader's.
 */
public record DataText(String dutch, String english) {

  public DataText {
    Objects.requireNonNull(dutch, "dutch");
    Objects.requireNonNull(english, "english");
    if (dutch.isBlank() && english.isBlank()) {
      throw new IllegalArgumentException("a data text needs at least one language");
    }
  }

  String in(boolean english) {
    String preferred = english ? this.english : dutch;
    return preferred.isBlank() ? (english ? dutch : this.english) : preferred;
  }
}
