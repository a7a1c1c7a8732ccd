package nl.maakmatch.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Payara Micro's root directory, kept between runs: unpacked once ({@code --outputlauncher})
 * instead of on every start, with a class-data archive (JDK CDS) of the classes a run loaded,
 * written when the first run ends and mapped by every later start. Together they take a third off
 * the time to ready. Another Payara version gets a directory of its own, another JDK an archive of
 * its own; an archive the JVM cannot use is ignored by it, never fatal.
 */
final class PayaraRoot {

  private static final Logger LOG = Logger.getLogger(PayaraRoot.class.getName());

  /**
   * Payara's health endpoints and its MicroProfile JWT check call {@code Json.create…} on every
   * request, and each call looks the JSON-P provider up anew through the service loader
   * (jakartaee/jsonp-api#154): a search of every jar of the runtime and the application that cost
   * the liveness probe a third of its time. Named by this property, the provider class is found
   * once, when the API first asks, and only instantiated after that.
   */
  private static final String JSON_PROVIDER_PROPERTY = "jakarta.json.provider";

  private static final String JSON_PROVIDER = "org.eclipse.parsson.JsonProviderImpl";

  /**
   * Changes when the options an archive is written under do (an archive records the boot class path
   * it was written with), so that an archive of another layout is not mapped.
   */
  private static final String ARCHIVE_LAYOUT = "p2";

  private final Path directory;
  private final boolean classDataSharing;

  private PayaraRoot(Path directory, boolean classDataSharing) {
    this.directory = directory;
    this.classDataSharing = classDataSharing;
  }

  /**
   * The root directory for this Payara Micro jar under {@code parent}, unpacked if it is not yet.
   *
   * @param classDataSharing false to start without an archive ({@code MAAKMATCH_CDS=off})
   */
  static PayaraRoot prepare(Path payaraMicroJar, Path parent, boolean classDataSharing)
      throws IOException, InterruptedException {
    String name = payaraMicroJar.getFileName().toString().replaceFirst("\\.jar$", "");
    PayaraRoot root = new PayaraRoot(parent.resolve(name), classDataSharing);
    if (!Files.isRegularFile(root.pristineDomain())) {
      root.unpack(payaraMicroJar);
    }
    root.forgetDeployments();
    return root;
  }

  private void unpack(Path payaraMicroJar) throws IOException, InterruptedException {
    deleteTree(directory);
    Files.createDirectories(directory);
    LOG.info("Unpacking Payara Micro into " + directory + " (once)");
    Process unpack =
        new ProcessBuilder(
                java(),
                "-jar",
                payaraMicroJar.toString(),
                "--rootdir",
                directory.toString(),
                "--outputlauncher")
            .inheritIO()
            .start();
    if (unpack.waitFor() != 0 || !Files.isRegularFile(launcher())) {
      throw new IllegalStateException("Payara Micro could not unpack into " + directory);
    }
    Files.copy(domain(), pristineDomain());
  }

  /**
   * Payara Micro keeps what it deployed in its root directory and would start the previous run's
   * WAR before replacing it with this one: every run starts from the configuration as unpacked.
   */
  private void forgetDeployments() throws IOException {
    deleteTree(directory.resolve("applications"));
    deleteTree(directory.resolve("generated"));
    Files.copy(pristineDomain(), domain(), StandardCopyOption.REPLACE_EXISTING);
  }

  private Path domain() {
    return directory.resolve("config").resolve("domain.xml");
  }

  private Path pristineDomain() {
    return directory.resolve("config").resolve("domain.xml.unpacked");
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  Path directory() {
    return directory;
  }

  /** The jar that starts Payara Micro from this directory. */
  Path launcher() {
    return directory.resolve("launch-micro.jar");
  }

  /**
   * JVM options that map the archive, or have this run write it when it ends; and that name the
   * JSON-P provider.
   */
  List<String> jvmOptions() {
    List<String> options = new ArrayList<>();
    options.add("-D" + JSON_PROVIDER_PROPERTY + "=" + JSON_PROVIDER);
    if (classDataSharing) {
      Path archive = archive();
      if (Files.isRegularFile(archive)) {
        options.add("-XX:SharedArchiveFile=" + archive);
      } else {
        LOG.info("This run writes a class-data archive when it stops; later starts are faster");
        options.add("-XX:ArchiveClassesAtExit=" + archive);
      }
      // the archive's own messages (classes it skips) are noise on the console
      options.add("-Xlog:cds*=off");
    }
    return options;
  }

  private Path archive() {
    String jdk = System.getProperty("java.vm.version").replaceAll("[^A-Za-z0-9.-]", "_");
    // the archive holds the boot class path it was written with: a new layout needs a new archive
    return directory.resolve("classes-" + jdk + "-" + ARCHIVE_LAYOUT + ".jsa");
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
