package nl.maakmatch.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;

/**
 * Payara Micro's root directory, kept between runs: unpacked once ({@code --outputlauncher})
 * instead of on every start, with a class-data archive (JDK CDS) of the classes a run loaded,
 * written when the first run ends and mapped by every later start. Together they take a third off
 * the time to ready. Another Payara version gets a directory of its own, another JDK an archive of
 * its own; an archive the JVM cannot use is ignored by it, never fatal.
 */
final class PayaraRoot {

  private static final Logger LOG = Logger.getLogger(PayaraRoot.class.getName());

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
    if (!Files.isRegularFile(root.launcher())) {
      Files.createDirectories(root.directory);
      LOG.info("Unpacking Payara Micro into " + root.directory + " (once)");
      Process unpack =
          new ProcessBuilder(
                  java(),
                  "-jar",
                  payaraMicroJar.toString(),
                  "--rootdir",
                  root.directory.toString(),
                  "--outputlauncher")
              .inheritIO()
              .start();
      if (unpack.waitFor() != 0 || !Files.isRegularFile(root.launcher())) {
        throw new IllegalStateException("Payara Micro could not unpack into " + root.directory);
      }
    }
    return root;
  }

  Path directory() {
    return directory;
  }

  /** The jar that starts Payara Micro from this directory. */
  Path launcher() {
    return directory.resolve("launch-micro.jar");
  }

  /** JVM options that map the archive, or have this run write it when it ends. */
  List<String> classDataOptions() {
    if (!classDataSharing) {
      return List.of();
    }
    Path archive = archive();
    // the archive's own messages (classes it skips) are noise on the console
    String quiet = "-Xlog:cds*=off";
    if (Files.isRegularFile(archive)) {
      return List.of("-XX:SharedArchiveFile=" + archive, quiet);
    }
    LOG.info("This run writes a class-data archive when it stops; later starts are faster");
    return List.of("-XX:ArchiveClassesAtExit=" + archive, quiet);
  }

  private Path archive() {
    String jdk = System.getProperty("java.vm.version").replaceAll("[^A-Za-z0-9.-]", "_");
    return directory.resolve("classes-" + jdk + ".jsa");
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
