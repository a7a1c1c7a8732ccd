package nl.maakmatch.web.it;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates request bodies that are invalid for sure: each takes a valid body and breaks one field
 * in a way its kind can never accept, or breaks the JSON itself.
 */
final class MalformedInput {

  /** What a field accepts, so that its breakage is certain to be invalid. */
  enum Kind {
    /** A whole number that must be present and not negative. */
    AMOUNT,
    /** Text that must be present, with a length limit. */
    TEXT,
    /** One of a fixed set of names. */
    ENUM,
    /** An ISO date that must be present. */
    DATE,
    /** A list that must be present and not empty. */
    LIST,
    /** A decimal that must be present and not negative. */
    DECIMAL
  }

  private MalformedInput() {}

  static final List<String> BROKEN_JSON =
      List.of(
          "",
          "{",
          "}",
          "[]",
          "null",
          "42",
          "\"text\"",
          "{\"a\":}",
          "{\"a\" 1}",
          "{'single': 'quotes'}",
          "{\"trailing\": 1,}",
          "{} {}",
          "\u0000",
          "[".repeat(5000) + "]".repeat(5000),
          "{\"x\":" + "[".repeat(3000) + "]".repeat(3000) + "}",
          "{\"unknownField\": true}");

  /** Every certain breakage of every listed field of {@code valid}, plus broken JSON. */
  static List<String> variantsOf(Map<String, Object> valid, Map<String, Kind> fields) {
    List<String> bodies = new ArrayList<>(BROKEN_JSON);
    bodies.add(Http.json(with(valid, "surpriseField", "x")));
    for (Map.Entry<String, Kind> field : fields.entrySet()) {
      String name = field.getKey();
      bodies.add(Http.json(without(valid, name)));
      for (Object broken : breakages(field.getValue())) {
        bodies.add(Http.json(with(valid, name, broken)));
      }
    }
    return bodies;
  }

  private static List<Object> breakages(Kind kind) {
    List<Object> values = new ArrayList<>();
    values.add(null);
    switch (kind) {
      case AMOUNT -> {
        values.add("abc");
        values.add(true);
        values.add(Map.of("n", 1));
        values.add(List.of(1));
        values.add(-1);
        values.add(1.5);
        values.add(new BigInteger("1000000000000000000000000000000"));
        values.add(Long.MAX_VALUE);
      }
      case DECIMAL -> {
        values.add("abc");
        values.add(Map.of());
        values.add(-0.01);
        values.add(new BigDecimal("1e400"));
      }
      case TEXT -> {
        values.add("x".repeat(100_000));
        values.add(Map.of());
        values.add(List.of("a"));
        values.add("   ");
      }
      case ENUM -> {
        values.add("NOT_A_VALUE");
        values.add(7);
        values.add("");
        values.add(Map.of());
      }
      case DATE -> {
        values.add("2027-13-45");
        values.add("yesterday");
        values.add(20270601);
        values.add(List.of());
      }
      case LIST -> {
        values.add("not a list");
        values.add(List.of());
        values.add(Arrays.asList((Object) null));
        values.add(Map.of());
      }
    }
    return values;
  }

  static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(body);
    copy.put(field, value);
    return copy;
  }

  static Map<String, Object> without(Map<String, Object> body, String field) {
    Map<String, Object> copy = new LinkedHashMap<>(body);
    copy.remove(field);
    return copy;
  }
}
