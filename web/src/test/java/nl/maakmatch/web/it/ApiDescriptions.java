package nl.maakmatch.web.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Compares two API descriptions as a client generator reads them: the realm's discovery address
 * (another port in the tests) and the order of string lists ({@code required}, {@code enum}) do not
 * count.
 */
final class ApiDescriptions {

  private ApiDescriptions() {}

  /** The JSON pointers where {@code actual} differs from {@code expected}, at most {@code max}. */
  static List<String> differences(JsonNode expected, JsonNode actual, int max) {
    List<String> found = new ArrayList<>();
    compare("", normalised(expected), normalised(actual), found, max);
    return found;
  }

  private static JsonNode normalised(JsonNode description) {
    JsonNode copy = description.deepCopy();
    JsonNode schemes = copy.path("components").path("securitySchemes");
    schemes.forEach(
        scheme -> {
          if (scheme instanceof ObjectNode object) {
            object.remove("openIdConnectUrl");
          }
        });
    return copy;
  }

  private static void compare(
      String pointer, JsonNode expected, JsonNode actual, List<String> found, int max) {
    if (found.size() >= max) {
      return;
    }
    if (expected.isObject() && actual.isObject()) {
      TreeSet<String> names = new TreeSet<>();
      expected.fieldNames().forEachRemaining(names::add);
      actual.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        String at = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
        if (!expected.has(name)) {
          found.add(at + " is new");
        } else if (!actual.has(name)) {
          found.add(at + " is gone");
        } else {
          compare(at, expected.get(name), actual.get(name), found, max);
        }
      }
    } else if (expected.isArray() && actual.isArray()) {
      if (allText(expected) && allText(actual)) {
        if (!texts(expected).equals(texts(actual))) {
          found.add(pointer + ": " + texts(expected) + " became " + texts(actual));
        }
        return;
      }
      if (expected.size() != actual.size()) {
        found.add(pointer + ": " + expected.size() + " items became " + actual.size());
        return;
      }
      for (int i = 0; i < expected.size(); i++) {
        compare(pointer + "/" + i, expected.get(i), actual.get(i), found, max);
      }
    } else if (!expected.equals(actual)) {
      found.add(pointer + ": " + expected + " became " + actual);
    }
  }

  private static boolean allText(JsonNode array) {
    for (JsonNode item : array) {
      if (!item.isTextual()) {
        return false;
      }
    }
    return true;
  }

  private static TreeSet<String> texts(JsonNode array) {
    TreeSet<String> texts = new TreeSet<>();
    array.forEach(item -> texts.add(item.asText()));
    return texts;
  }
}
