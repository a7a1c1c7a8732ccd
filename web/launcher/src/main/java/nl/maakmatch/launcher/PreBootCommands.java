package nl.maakmatch.launcher;

import fish.payara.micro.boot.AdminCommandRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs an asadmin command file (the format of Payara Micro's {@code --prebootcommandfile}) before
 * the embedded Payara starts, so the run command applies the same settings as the tests and the
 * Docker image.
 */
final class PreBootCommands {

  private PreBootCommands() {}

  static Consumer<AdminCommandRunner> from(Path file) {
    List<List<String>> commands = read(file);
    return runner -> {
      for (List<String> command : commands) {
        runner.run(command.get(0), command.subList(1, command.size()).toArray(String[]::new));
      }
    };
  }

  private static List<List<String>> read(Path file) {
    try {
      return Files.readAllLines(file).stream()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(line -> Arrays.asList(line.split("\\s+")))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Payara's pre-boot commands " + file, e);
    }
  }
}
