package nl.maakmatch.api.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.NoContentException;

/** Recognises a request body that could not be read as the expected JSON. */
final class MalformedInput {

  private MalformedInput() {}

  static boolean isMalformedInput(Throwable t) {
    return t instanceof JsonProcessingException
        || t instanceof JsonParsingException
        || t instanceof NoContentException
        || t instanceof ProcessingException && !(t.getCause() instanceof RuntimeException);
  }

  /**
   * A reason the client can act on. JSON-B's messages name the offending property or position,
   * which helps; Java class names in them do not, so they are left out.
   */
  static String describe(Throwable t) {
    if (t instanceof NoContentException) {
      return "The request body is empty; send a JSON object.";
    }
    String message = t.getMessage() == null ? "" : t.getMessage();
    String cleaned = message.replaceAll("(class )?[a-z]+(\\.[a-z0-9_]+)+\\.([A-Z][A-Za-z0-9_$]*)", "$3");
    return "The request body is not valid JSON for this request: " + cleaned;
  }
}
