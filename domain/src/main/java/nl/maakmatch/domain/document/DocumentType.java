package nl.maakmatch.domain.document;

import java.util.Objects;
import nl.maakmatch.matching.text.Message;

/** What a file's bytes show it to be: one of the accepted types, or not, and why. */
public sealed interface DocumentType {

  /** An accepted type, named by the media type it is kept and served as. */
  record Accepted(String mediaType) implements DocumentType {
    public Accepted {
      Objects.requireNonNull(mediaType, "mediaType");
    }
  }

  /**
   * Not accepted: {@code detected} is what the bytes look like (for the log and the answer), {@code
   * explanation} what the uploader can do about it.
   */
  record Refused(String detected, Message explanation) implements DocumentType {
    public Refused {
      Objects.requireNonNull(detected, "detected");
      Objects.requireNonNull(explanation, "explanation");
    }
  }
}
