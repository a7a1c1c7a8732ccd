package nl.maakmatch.domain.instrument;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The catalogue file that ships with the product (the reference instrument list). */
public final class ShippedCatalogue {

  public static final String RESOURCE = "nl/maakmatch/matching/catalogue/instruments-nl.yaml";

  private ShippedCatalogue() {}

  public static InputStream open() throws IOException {
    InputStream in = ShippedCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IOException("shipped catalogue " + RESOURCE + " is missing from the classpath");
    }
    return in;
  }

  /** Reads every instrument of a catalogue file in the reference format. */
  @SuppressWarnings("unchecked")
  public static List<CatalogueEntry> read(InputStream in) {
    Map<String, Object> document =
        new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    List<CatalogueEntry> entries = new ArrayList<>();
    for (Object item : (List<Object>) document.get("instruments")) {
      Map<String, Object> entry = (Map<String, Object>) item;
      String id = String.valueOf(entry.get("id"));
      String confidence = String.valueOf(entry.get("confidence")).toUpperCase(Locale.ROOT);
      entries.add(
          new CatalogueEntry(
              id,
              String.valueOf(entry.get("name")),
              String.valueOf(entry.getOrDefault("operator", "")),
              statusOf(id, confidence),
              ((List<Object>) entry.getOrDefault("type", List.of()))
                  .stream().map(String::valueOf).toList(),
              InstrumentConfidence.valueOf(confidence),
              toJson(entry).toString()));
    }
    return entries;
  }

  private static InstrumentStatus statusOf(String id, String confidence) {
    if ("PROPOSED".equals(confidence)) {
      return InstrumentStatus.PROPOSED;
    }
    return "rdm".equals(id) ? InstrumentStatus.CLOSED : InstrumentStatus.AVAILABLE;
  }

  @SuppressWarnings("unchecked")
  static JsonValue toJson(Object value) {
    if (value == null) {
      return JsonValue.NULL;
    }
    if (value instanceof Map<?, ?> map) {
      JsonObjectBuilder object = Json.createObjectBuilder();
      ((Map<Object, Object>) map).forEach((k, v) -> object.add(String.valueOf(k), toJson(v)));
      return object.build();
    }
    if (value instanceof Collection<?> list) {
      JsonArrayBuilder array = Json.createArrayBuilder();
      list.forEach(v -> array.add(toJson(v)));
      return array.build();
    }
    if (value instanceof Boolean b) {
      return b ? JsonValue.TRUE : JsonValue.FALSE;
    }
    if (value instanceof Integer || value instanceof Long) {
      return Json.createValue(((Number) value).longValue());
    }
    if (value instanceof Number n) {
      return Json.createValue(n.doubleValue());
    }
    if (value instanceof Date date) {
      return Json.createValue(date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString());
    }
    return Json.createValue(String.valueOf(value));
  }
}
