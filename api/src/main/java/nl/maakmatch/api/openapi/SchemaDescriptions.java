package nl.maakmatch.api.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Describes the component schemas and their properties in plain words, with example values, from
 * {@code schema-descriptions_en.properties}: {@code Schema}, {@code Schema.property} or {@code
 * *.property} for a name that means the same everywhere, and {@code example.Schema.property} as a
 * JSON literal. A description Payara already has (from {@code @Schema}) is kept. The description is
 * written for developers in English only, hence the one file with its language in the name.
 */
final class SchemaDescriptions {

  private static final String FILE = "schema-descriptions_en.properties";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Properties texts;

  private SchemaDescriptions(Properties texts) {
    this.texts = texts;
  }

  static SchemaDescriptions load() {
    Properties texts = new Properties();
    try (InputStream in = SchemaDescriptions.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException(FILE + " is missing from the API's resources");
      }
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SchemaDescriptions(texts);
  }

  void apply(Components components) {
    if (components == null || components.getSchemas() == null) {
      return;
    }
    components.getSchemas().forEach(this::describe);
  }

  private void describe(String name, Schema schema) {
    if (isBlank(schema.getDescription()) && texts.containsKey(name)) {
      schema.setDescription(texts.getProperty(name));
    }
    Map<String, Schema> properties = schema.getProperties();
    if (properties == null) {
      return;
    }
    properties.forEach(
        (property, value) -> {
          String text =
              texts.getProperty(name + "." + property, texts.getProperty("*." + property));
          // a $ref with siblings is not allowed in OpenAPI 3.0: such a property keeps the
          // referenced
          // schema's description
          if (value.getRef() != null) {
            return;
          }
          if (isBlank(value.getDescription()) && text != null) {
            value.setDescription(text);
          }
          String example = texts.getProperty("example." + name + "." + property);
          if (example != null && value.getExample() == null) {
            value.setExample(parsed(example, name + "." + property));
          }
        });
  }

  private static Object parsed(String literal, String where) {
    try {
      return JSON.readValue(literal, Object.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The example of " + where + " is not JSON: " + literal, e);
    }
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
