package nl.maakmatch.matching.flag;

import java.util.Objects;
import nl.maakmatch.matching.text.Message;

/** Something the firm owner should see next to a match: a doubt, a duty or a note. */
public record Flag(FlagKind kind, Message text) {

  public Flag {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }
}
