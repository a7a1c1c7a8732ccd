package nl.maakmatch.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.util.Optional;

/**
 * One rule for every text that comes in: it is text (not a number or a boolean), it carries no
 * control characters (NUL and the rest of C0, DEL) except tab and line breaks for paragraphs, and
 * surrounding white space is dropped. PostgreSQL refuses NUL; the others are never meant.
 */
public final class TextHygiene extends StdScalarDeserializer<String> {

  public TextHygiene() {
    super(String.class);
  }

  @Override
  public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      return (String) context.handleUnexpectedToken(String.class, parser);
    }
    String text = parser.getText();
    if (hasControlCharacter(text)) {
      throw InvalidFormatException.from(parser, "control character in text", text, String.class);
    }
    return text.strip();
  }

  /**
   * The same rule for a body read as a tree (a catalogue definition): the path of the first text
   * with a control character, if any.
   */
  public static Optional<String> firstUncleanText(JsonNode node, String path) {
    if (node.isTextual()) {
      return hasControlCharacter(node.textValue()) ? Optional.of(path) : Optional.empty();
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        Optional<String> found = firstUncleanText(node.get(i), path + "[" + i + "]");
        if (found.isPresent()) {
          return found;
        }
      }
    }
    for (var field : node.properties()) {
      String name = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
      if (hasControlCharacter(field.getKey())) {
        return Optional.of(name);
      }
      Optional<String> found = firstUncleanText(field.getValue(), name);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  public static boolean hasControlCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
        return true;
      }
    }
    return false;
  }
}
