package nl.maakmatch.web.it;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Hostile values for any field of a valid request body: control characters, text one longer than
 * every column the schema has, injection-shaped text, numbers where text belongs and the reverse,
 * extremes. Unlike {@link MalformedInput} some of these are acceptable (a long but valid name): the
 * point is that none breaks the server.
 */
final class HostileInput {

  // one past each varchar length the migrations declare, and past the longest text column
  private static final int[] COLUMN_LENGTHS = {
    10, 16, 32, 40, 64, 80, 100, 200, 300, 500, 1000, 4000
  };

  /** Names of internals that must never appear in an answer. */
  static final Pattern INTERNALS =
      Pattern.compile(
          "nl\\.maakmatch\\.|java\\.[a-z]|jakarta\\.|com\\.fasterxml|org\\.(eclipse|glassfish|postgresql|hibernate)"
              + "|Exception|JsonToken|StreamReadConstraints|PSQL|SQLState|\\bat [a-z]+\\.");

  private HostileInput() {}

  static List<Object> values() {
    List<Object> values = new ArrayList<>();
    values.add("\u0000");
    values.add("a\u0000b");
    values.add("bell\u0007");
    values.add("\u001b[2J");
    values.add("del\u007f");
    values.add("\ud800");
    for (int length : COLUMN_LENGTHS) {
      values.add("x".repeat(length + 1));
    }
    values.add("{{7*7}}");
    values.add("../../etc/passwd");
    values.add("<script>alert(1)</script>");
    values.add("' OR 1=1 --");
    values.add(-1);
    values.add(0);
    values.add(Long.MAX_VALUE);
    values.add(new BigDecimal("1e400"));
    values.add(true);
    values.add(List.of());
    values.add(Map.of());
    return values;
  }

  /** Every body that puts one hostile value at one leaf of {@code valid}, nested ones included. */
  static List<String> variantsOf(Map<String, Object> valid) {
    List<String> bodies = new ArrayList<>();
    for (List<Object> path : leaves(valid, List.of())) {
      for (Object value : values()) {
        bodies.add(Http.json(replaced(valid, path, 0, value)));
      }
    }
    return bodies;
  }

  private static List<List<Object>> leaves(Object node, List<Object> path) {
    List<List<Object>> found = new ArrayList<>();
    if (node instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        found.addAll(leaves(entry.getValue(), append(path, entry.getKey())));
      }
    } else if (node instanceof List<?> list && !list.isEmpty()) {
      found.add(path);
      found.addAll(leaves(list.get(0), append(path, 0)));
    } else {
      found.add(path);
    }
    return found;
  }

  @SuppressWarnings("unchecked")
  private static Object replaced(Object node, List<Object> path, int depth, Object value) {
    if (depth == path.size()) {
      return value;
    }
    Object step = path.get(depth);
    if (node instanceof Map<?, ?> map) {
      Map<Object, Object> copy = new LinkedHashMap<>((Map<Object, Object>) map);
      copy.put(step, replaced(map.get(step), path, depth + 1, value));
      return copy;
    }
    List<Object> copy = new ArrayList<>((List<Object>) node);
    int index = (Integer) step;
    copy.set(index, replaced(copy.get(index), path, depth + 1, value));
    return copy;
  }

  private static List<Object> append(List<Object> path, Object step) {
    List<Object> longer = new ArrayList<>(path);
    longer.add(step);
    return longer;
  }
}
