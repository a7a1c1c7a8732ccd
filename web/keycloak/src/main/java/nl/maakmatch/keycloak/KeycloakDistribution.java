package nl.maakmatch.keycloak;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The Keycloak server distribution ({@code org.keycloak:keycloak-quarkus-dist}, a zip on Maven
 * Central), unpacked once per version under the cache root and built once for a fast start: an
 * embedded dev-file database and the health endpoints. Later starts use {@code --optimized}.
 */
final class KeycloakDistribution {

  /** Build-time options; changing them here rebuilds the cached distribution. */
  static final List<String> BUILD_OPTIONS = List.of("--db=dev-file", "--health-enabled=true");

  private static final Logger LOG = Logger.getLogger(KeycloakDistribution.class.getName());
  private static final String BUILT_MARKER = ".maakmatch-built";
  private static final long BUILD_TIMEOUT_MINUTES = 10;

  private KeycloakDistribution() {}

  static String version() {
    String version = distributionProperties().getProperty("version", "");
    if (version.isBlank() || version.startsWith("${")) {
      throw new IllegalStateException(
          "distribution.properties was not filtered: build maakmatch-keycloak with Maven");
    }
    return version;
  }

  /**
   * The built distribution for this version under {@code root}, unpacking and building it first if
   * needed (~1-2 min, once). Safe against another JVM doing the same at the same time.
   */
  static Path prepared(Path root) throws IOException {
    String version = version();
    Path directory = root.resolve(version);
    Files.createDirectories(root);
    synchronized (KeycloakDistribution.class) {
      try (FileChannel channel =
              FileChannel.open(
                  root.resolve(version + ".lock"),
                  StandardOpenOption.CREATE,
                  StandardOpenOption.WRITE);
          FileLock lock = channel.lock()) {
        Path marker = directory.resolve(BUILT_MARKER);
        String wanted = String.join(" ", BUILD_OPTIONS);
        if (Files.isRegularFile(marker) && Files.readString(marker).strip().equals(wanted)) {
          return directory;
        }
        if (!Files.isRegularFile(directory.resolve("lib/quarkus-run.jar"))) {
          unpack(zip(version), directory);
        }
        build(directory, root.resolve("build.log"));
        Files.writeString(marker, wanted + "\n");
        return directory;
      }
    }
  }

  /**
   * A process running one of the distribution's scripts on this JVM's Java, with the user's {@code
   * KC_*}, {@code QUARKUS_*}, {@code JAVA_OPTS*} and debug settings removed, so that a developer's
   * environment cannot change what the tests run against.
   */
  static ProcessBuilder script(Path script, List<String> arguments, Map<String, String> env) {
    List<String> command = new ArrayList<>();
    command.add("/bin/sh");
    command.add(script.toString());
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> environment = builder.environment();
    environment
        .keySet()
        .removeIf(
            name ->
                name.startsWith("KC_")
                    || name.startsWith("QUARKUS_")
                    || name.startsWith("JAVA_OPTS")
                    || name.equals("JAVA_ADD_OPENS")
                    || name.equals("DEBUG")
                    || name.equals("DEBUG_PORT"));
    Path javaHome = Path.of(System.getProperty("java.home"));
    environment.put("JAVA_HOME", javaHome.toString());
    environment.put(
        "PATH",
        javaHome.resolve("bin") + File.pathSeparator + environment.getOrDefault("PATH", ""));
    environment.putAll(env);
    return builder;
  }

  private static Properties distributionProperties() {
    Properties properties = new Properties();
    try (InputStream in =
        KeycloakDistribution.class.getResourceAsStream("distribution.properties")) {
      if (in == null) {
        throw new IllegalStateException("distribution.properties is missing from the class path");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  /**
   * The zip in the local Maven repository: where the build put it (maakmatch-keycloak depends on
   * it), else at its standard place, else fetched with {@code mvn dependency:get}.
   */
  private static Path zip(String version) throws IOException {
    String resolved = distributionProperties().getProperty("zip", "");
    if (!resolved.startsWith("${") && Files.isRegularFile(Path.of(resolved))) {
      return Path.of(resolved);
    }
    String repository =
        System.getProperty(
            "maven.repo.local",
            Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
    Path standard =
        Path.of(repository, "org", "keycloak", "keycloak-quarkus-dist", version)
            .resolve("keycloak-quarkus-dist-" + version + ".zip");
    if (!Files.isRegularFile(standard)) {
      String artifact = "org.keycloak:keycloak-quarkus-dist:" + version + ":zip";
      LOG.info("Downloading " + artifact + " (177 MB) with Maven");
      run(
          new ProcessBuilder(
                  "mvn", "-q", "dependency:get", "-Dartifact=" + artifact, "-Dtransitive=false")
              .inheritIO(),
          "mvn dependency:get -Dartifact=" + artifact);
    }
    if (!Files.isRegularFile(standard)) {
      throw new IllegalStateException("The Keycloak distribution is not at " + standard);
    }
    return standard;
  }

  /** Unpacks into a scratch directory first, so that a killed unpack leaves nothing half-done. */
  private static void unpack(Path zip, Path directory) throws IOException {
    long started = System.nanoTime();
    LOG.info("Unpacking " + zip.getFileName() + " into " + directory);
    Path scratch = directory.resolveSibling(directory.getFileName() + ".unpacking");
    deleteRecursively(scratch);
    deleteRecursively(directory);
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        // entries sit under keycloak-<version>/: drop that first element
        String name = entry.getName();
        int slash = name.indexOf('/');
        if (slash < 0 || slash == name.length() - 1) {
          continue;
        }
        Path target = scratch.resolve(name.substring(slash + 1)).normalize();
        if (!target.startsWith(scratch)) {
          throw new IOException("Refusing zip entry outside the target: " + name);
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    // zip entries carry no Unix permissions
    try (Stream<Path> scripts = Files.list(scratch.resolve("bin"))) {
      scripts
          .filter(p -> p.toString().endsWith(".sh"))
          .forEach(p -> p.toFile().setExecutable(true));
    }
    Files.move(scratch, directory, StandardCopyOption.ATOMIC_MOVE);
    LOG.info("Unpacked in " + (System.nanoTime() - started) / 1_000_000_000 + " s");
  }

  private static void build(Path directory, Path log) throws IOException {
    long started = System.nanoTime();
    LOG.info("Building Keycloak for a fast start (once, ~1 min); log: " + log);
    List<String> arguments = new ArrayList<>();
    arguments.add("build");
    arguments.addAll(BUILD_OPTIONS);
    ProcessBuilder builder =
        script(directory.resolve("bin/kc.sh"), arguments, Map.of())
            .directory(directory.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    run(builder, "kc.sh build (see " + log + ")");
    LOG.info("Built in " + (System.nanoTime() - started) / 1_000_000_000 + " s");
  }

  private static void run(ProcessBuilder builder, String what) throws IOException {
    Process process = builder.start();
    process.getOutputStream().close();
    try {
      if (!process.waitFor(BUILD_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        throw new IllegalStateException(what + " took more than " + BUILD_TIMEOUT_MINUTES + " min");
      }
    } catch (InterruptedException e) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted: " + what, e);
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException(what + " failed with exit code " + process.exitValue());
    }
  }

  static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    // walk() does not follow symbolic links: a home's links into the distribution stay intact
    try (Stream<Path> paths = Files.walk(path)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  static String readOrEmpty(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      return "";
    }
  }
}
