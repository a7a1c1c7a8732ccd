package nl.maakmatch.api.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.NoContentException;
import java.util.Locale;

/** Recognises a request body that could not be read as the expected JSON. */
final class MalformedInput {

  private MalformedInput() {}

  static boolean isMalformedInput(Throwable t) {
    return t instanceof JsonProcessingException
        || t instanceof JsonParsingException
        || t instanceof NoContentException
        || t instanceof ProcessingException && !(t.getCause() instanceof RuntimeException);
  }

  /** A reason the client can act on; library messages (which name Java types) are left out. */
  static Problem problemOf(Throwable t, Locale locale) {
    String key = t instanceof NoContentException ? "body.empty" : "body.notJson";
    return Problem.of(400, ProblemMessages.TEXT.get(key), locale).withType(ProblemTypes.MALFORMED);
  }
}
