package nl.maakmatch.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads what {@link InputLengthsTest} compares: the API's request records and the schema. */
final class Sources {

  private static final Pattern FIXED_LENGTH = Pattern.compile("^\\\\d\\{(\\d+)\\}$");

  private Sources() {}

  /** The length a fixed-length digit pattern (eight digits, say) fixes, if it fixes one. */
  static OptionalInt fixedLength(String regexp) {
    Matcher fixed = FIXED_LENGTH.matcher(regexp);
    return fixed.matches() ? OptionalInt.of(Integer.parseInt(fixed.group(1))) : OptionalInt.empty();
  }

  /** Every record in the API whose name says it is input, and those nested in resources. */
  static List<Class<?>> requestRecords(Path api) throws ClassNotFoundException {
    List<Class<?>> found = new ArrayList<>();
    Pattern declaration = Pattern.compile("record (\\w+)\\s*\\(");
    try (Stream<Path> files = Files.walk(api)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        String outer = file.getFileName().toString().replace(".java", "");
        String pkg = api.relativize(file.getParent()).toString().replace('/', '.');
        Matcher m = declaration.matcher(source);
        while (m.find()) {
          String name = m.group(1);
          boolean input = name.endsWith("Request") || name.endsWith("Input");
          // a record nested in a resource is input when a method takes it as a validated body
          boolean nestedInResource =
              outer.endsWith("Resource")
                  && !name.equals(outer)
                  && Pattern.compile("@Valid\\s+" + name + "\\b").matcher(source).find();
          if (input || nestedInResource) {
            String binary = name.equals(outer) ? pkg + "." + name : pkg + "." + outer + "$" + name;
            found.add(Class.forName(binary));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  /** table.column → declared length of every varchar/char column, as the migrations leave it. */
  static Map<String, Integer> columnLengths(Path migrations) {
    Map<String, Integer> lengths = new HashMap<>();
    Pattern table = Pattern.compile("CREATE TABLE (\\w+) \\((.*?)\\);", Pattern.DOTALL);
    Pattern column =
        Pattern.compile("^\\s*(\\w+)\\s+(?:varchar|char)\\((\\d+)\\)", Pattern.MULTILINE);
    Pattern text = Pattern.compile("^\\s*(\\w+)\\s+text\\b", Pattern.MULTILINE);
    Pattern altered =
        Pattern.compile(
            "ALTER TABLE (\\w+) (?:ADD COLUMN|ALTER COLUMN) (\\w+) (?:TYPE )?(?:varchar|char)\\((\\d+)\\)");
    try (Stream<Path> files = Files.list(migrations)) {
      List<Path> ordered =
          files
              .filter(p -> p.toString().endsWith(".sql"))
              .sorted((a, b) -> Integer.compare(version(a), version(b)))
              .toList();
      for (Path migration : ordered) {
        String sql = Files.readString(migration).replaceAll("--[^\\n]*", "");
        Matcher t = table.matcher(sql);
        while (t.find()) {
          Matcher c = column.matcher(t.group(2));
          while (c.find()) {
            lengths.put(t.group(1) + "." + c.group(1), Integer.parseInt(c.group(2)));
          }
          Matcher unbounded = text.matcher(t.group(2));
          while (unbounded.find()) {
            lengths.put(t.group(1) + "." + unbounded.group(1), Integer.MAX_VALUE);
          }
        }
        Matcher a = altered.matcher(sql);
        while (a.find()) {
          lengths.put(a.group(1) + "." + a.group(2), Integer.parseInt(a.group(3)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lengths;
  }

  private static int version(Path migration) {
    String name = migration.getFileName().toString();
    return Integer.parseInt(name.substring(1, name.indexOf("__")));
  }
}
