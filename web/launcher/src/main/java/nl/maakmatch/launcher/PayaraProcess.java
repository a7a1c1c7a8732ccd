package nl.maakmatch.launcher;

import fish.payara.micro.PayaraMicro;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Payara Micro with the WAR in a JVM of its own, sized for the application rather than for Maven:
 * the heap, metaspace and thread pools are bounded so the process stays well under a gigabyte and
 * starts without competing with the build's heap. Its log goes to this console.
 */
final class PayaraProcess implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(PayaraProcess.class.getName());
  private static final Duration STOP_WAIT = Duration.ofSeconds(30);

  /**
   * Sized for a small server (2 cores): a 352 MB heap holds the catalogue, the engine and a few
   * hundred concurrent requests; the parallel collector gives the best throughput on few cores.
   * Every page of the heap is touched within minutes of load, so the heap is most of the resident
   * memory: at 384 MB the process held 762–783 MB after ten minutes of mixed load, at 352 MB
   * 744–756 (a full collection of about 0.2 s every minute and a half of that load), at 320 MB full
   * collections came often enough to push the preview's p99 over 100 ms. The serial collector held
   * as much (764 MB) with slower full collections. The code cache keeps the JDK's default size:
   * smaller, it is not segmented and its sweeper threw away some 20,000 compiled methods within 20
   * s of load, which then had to be compiled again; it holds about 70 MB resident either way.
   * {@code MAAKMATCH_JAVA_OPTS} replaces these.
   */
  static final String DEFAULT_JAVA_OPTIONS =
      "-Xms352m -Xmx352m -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=240m -Xss512k"
          + " -XX:+UseParallelGC";

  /** Where Payara Micro's root directories are kept between runs. */
  private static final Path ROOT_PARENT =
      Path.of(System.getProperty("user.home"), ".maakmatch", "payara");

  /** The running application JVM's pid, so a run killed before it could stop it is cleaned up. */
  private static final Path PID_FILE =
      Path.of(System.getProperty("user.home"), ".maakmatch", "payara.pid");

  private final Process process;
  private final long startedAt;

  private PayaraProcess(Process process, long startedAt) {
    this.process = process;
    this.startedAt = startedAt;
  }

  /**
   * Starts Payara Micro in its own JVM with the application's system properties.
   *
   * @param properties the settings the application reads as system properties (database, issuer,
   *     mail, demo data)
   */
  static PayaraProcess start(LauncherSettings settings, Map<String, String> properties)
      throws IOException, InterruptedException {
    PayaraRoot root =
        PayaraRoot.prepare(payaraMicroJar(), ROOT_PARENT, settings.classDataSharing());
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(settings.javaOptions().trim().split("\\s+")));
    command.addAll(root.jvmOptions());
    properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.addAll(
        List.of(
            "-jar",
            root.launcher().toString(),
            "--deploy",
            settings.war().toString(),
            "--contextroot",
            "/",
            "--port",
            String.valueOf(settings.httpPort()),
            "--nocluster",
            "--minhttpthreads",
            "8",
            "--maxhttpthreads",
            String.valueOf(settings.httpThreads()),
            "--prebootcommandfile",
            // the launcher jar names its root directory itself
            settings.preBootCommands().toString()));
    LOG.info("Starting Payara Micro in its own JVM (" + settings.javaOptions() + ")");
    Process process = new ProcessBuilder(command).inheritIO().start();
    Files.createDirectories(PID_FILE.getParent());
    Files.writeString(PID_FILE, String.valueOf(process.pid()));
    return new PayaraProcess(process, System.nanoTime());
  }

  /**
   * Stops the application JVM of an earlier run that ended without stopping it (killed, or its
   * classes rebuilt under it): it would hold the port and answer from a stopped database.
   */
  static void stopStale() throws IOException {
    if (!Files.exists(PID_FILE)) {
      return;
    }
    String pid = Files.readString(PID_FILE).strip();
    Optional<ProcessHandle> stale =
        pid.matches("\\d+")
            ? ProcessHandle.of(Long.parseLong(pid))
                .filter(ProcessHandle::isAlive)
                .filter(
                    p -> p.info().commandLine().map(c -> c.contains("payara-micro")).orElse(false))
            : Optional.empty();
    if (stale.isPresent()) {
      LOG.info("Stopping Payara Micro (pid " + pid + ") left by a previous run");
      ProcessHandle process = stale.get();
      process.destroy();
      try {
        process.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
      } catch (Exception e) {
        process.destroyForcibly();
      }
    }
    Files.deleteIfExists(PID_FILE);
  }

  /**
   * Waits until the application answers, or the process ends.
   *
   * @throws IllegalStateException when Payara stopped or the application did not deploy in time
   */
  void awaitReady(int httpPort, Duration timeout) throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    // an application endpoint, not /health: Payara serves that even when the deployment failed
    HttpRequest probe =
        HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/api/v1/instruments"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Payara Micro stopped (exit " + process.exitValue() + "): see its log above for why.");
      }
      try {
        if (client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          LOG.info(
              "Payara Micro (pid "
                  + process.pid()
                  + ") answers after "
                  + Duration.ofNanos(System.nanoTime() - startedAt).toSeconds()
                  + " s");
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(
        "MaakMatch did not deploy within " + timeout.toSeconds() + " s: see the log above.");
  }

  /** Ends with the application's JVM, so a Payara that dies takes the run down with it. */
  void awaitExit() throws InterruptedException {
    process.waitFor();
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(STOP_WAIT.toSeconds(), TimeUnit.SECONDS)) {
        LOG.warning("Payara did not stop within " + STOP_WAIT.toSeconds() + " s: killing it");
        process.destroyForcibly();
      }
      Files.deleteIfExists(PID_FILE);
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      LOG.warning("Cannot remove " + PID_FILE + ": " + e.getMessage());
    }
  }

  private static Path payaraMicroJar() {
    try {
      return Path.of(PayaraMicro.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (Exception e) {
      throw new IllegalStateException("cannot find the payara-micro jar on the class path", e);
    }
  }
}
