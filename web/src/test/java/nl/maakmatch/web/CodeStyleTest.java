package nl.maakmatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the formatter cannot fix: code (main, tests, benchmarks) names types by their imports, never
 * inline with a package ({@code new java.util.ArrayList<>()}, {@code nl.maakmatch.domain.Foo}).
 */
class CodeStyleTest {

  private static final List<Path> CODE =
      List.of("../matching", "../domain", "../api", ".", "keycloak", "launcher").stream()
          .flatMap(
              module ->
                  Stream.of(
                      Path.of(module, "src/main/java"),
                      Path.of(module, "src/test/java"),
                      Path.of(module, "src/jmh/java")))
          .filter(Files::isDirectory)
          .toList();

  private static final Pattern INLINE_QUALIFIED =
      Pattern.compile(
          "(?<![\\w.\"])(nl\\.maakmatch|java\\.[a-z]+|jakarta|javax|com\\.fasterxml|org\\.[a-z]+)"
              + "(\\.[a-z]\\w*)*\\.[A-Z]\\w*");

  @Test
  void codeNamesNoTypeByItsPackage() {
    List<String> found = new ArrayList<>();
    for (Path root : CODE) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          List<String> lines = Files.readAllLines(file);
          for (int i = 0; i < lines.size(); i++) {
            String code = withoutCommentsAndStrings(lines.get(i));
            if (code.startsWith("import ") || code.startsWith("package ")) {
              continue;
            }
            if (INLINE_QUALIFIED.matcher(code).find()) {
              found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void theCheckFindsAnInlineName() {
    assertThat(INLINE_QUALIFIED.matcher("List<String> l = new java.util.ArrayList<>();").find())
        .isTrue();
    assertThat(INLINE_QUALIFIED.matcher("import java.util.ArrayList;").find()).isTrue();
    assertThat(
            INLINE_QUALIFIED
                .matcher(withoutCommentsAndStrings("x(); // see java.util.List"))
                .find())
        .isFalse();
  }

  private static String withoutCommentsAndStrings(String line) {
    String code = line.strip();
    if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//")) {
      return "";
    }
    code = code.replaceAll("\"([^\"\\\\]|\\\\.)*\"", "\"\"");
    int comment = code.indexOf("//");
    return comment < 0 ? code : code.substring(0, comment);
  }
}
