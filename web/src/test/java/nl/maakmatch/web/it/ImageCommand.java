package nl.maakmatch.web.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import fish.payara.micro.PayaraMicro;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command of {@code docker/Dockerfile}, run without a container engine: the image's entrypoint
 * runs {@code java $JVM_ARGS -jar payara-micro.jar} with the image's {@code CMD} as arguments, so
 * this does the same with the same Payara Micro jar, the built WAR and the pre-boot file in place
 * of the paths the image copies them to, on a free port.
 */
final class ImageCommand {

  private static final Path DOCKERFILE = Path.of("..", "docker", "Dockerfile");
  private static final Pattern JVM_ARGS = Pattern.compile("(?m)^ENV JVM_ARGS=\"([^\"]*)\"");
  private static final Pattern CMD = Pattern.compile("(?ms)^CMD (\\[.*?\\])\\s*$");

  private final List<String> jvmArguments;
  private final List<String> arguments;

  private ImageCommand(List<String> jvmArguments, List<String> arguments) {
    this.jvmArguments = jvmArguments;
    this.arguments = arguments;
  }

  static ImageCommand ofDockerfile() {
    try {
      String dockerfile = Files.readString(DOCKERFILE).replace("\\\n", " ");
      Matcher jvm = JVM_ARGS.matcher(dockerfile);
      Matcher cmd = CMD.matcher(dockerfile);
      if (!jvm.find() || !cmd.find()) {
        throw new IllegalStateException("docker/Dockerfile has no ENV JVM_ARGS or CMD [...]");
      }
      String[] command = new ObjectMapper().readValue(cmd.group(1), String[].class);
      return new ImageCommand(
          Arrays.asList(jvm.group(1).strip().split("\\s+")), Arrays.asList(command));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<String> arguments() {
    return arguments;
  }

  /** The port the image's command listens on ({@code --port}). */
  String port() {
    return arguments.get(arguments.indexOf("--port") + 1);
  }

  /**
   * Starts the command on a free port with {@code environment} added, the image's paths replaced by
   * the build's files; its output goes to {@code log}.
   */
  Started start(Map<String, String> environment, Path log) throws IOException {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmArguments);
    command.add("-jar");
    command.add(payaraMicroJar());
    for (String argument : arguments) {
      command.add(
          switch (argument) {
            case "/opt/payara/deployments/maakmatch.war" -> System.getProperty("maakmatch.war");
            case "/opt/payara/config/maakmatch-pre-boot.asadmin" ->
                System.getProperty("maakmatch.payara.preboot");
            default -> argument.equals(port()) ? String.valueOf(port) : argument;
          });
    }
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    return new Started(builder.start(), port);
  }

  record Started(Process process, int port) implements AutoCloseable {
    @Override
    public void close() {
      process.destroy();
      try {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }

  private static String payaraMicroJar() {
    try {
      return new File(PayaraMicro.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .getPath();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
