package nl.maakmatch.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The matching module is plain Java (STYLE.md §1): no Jakarta EE, no persistence or framework
 * imports, and no console output from main code. Reads the sources, so it needs no extra library.
 */
class ModuleBoundaryTest {

  private static final Path MAIN = Path.of("src", "main", "java");

  @Test
  void mainCodeImportsNoFramework() {
    assertThat(linesOfMainCode())
        .noneMatch(line -> line.startsWith("import jakarta."))
        .noneMatch(line -> line.startsWith("import javax.persistence"))
        .noneMatch(line -> line.startsWith("import org.eclipse.microprofile"));
  }

  @Test
  void mainCodeWritesNothingToTheConsole() {
    assertThat(linesOfMainCode())
        .noneMatch(line -> line.contains("System.out") || line.contains("System.err"));
  }

  private static List<String> linesOfMainCode() {
    assertThat(MAIN).isDirectory();
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files
          .filter(p -> p.toString().endsWith(".java"))
          .flatMap(ModuleBoundaryTest::lines)
          .map(String::strip)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Stream<String> lines(Path file) {
    try {
      return Files.readAllLines(file).stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
