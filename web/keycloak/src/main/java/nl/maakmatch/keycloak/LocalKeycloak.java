package nl.maakmatch.keycloak;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * A real Keycloak server, run from the cached distribution in its own home (see {@link
 * KeycloakSettings}), with the MaakMatch realm imported. It runs as a child process whose output
 * goes to {@link KeycloakSettings#logFile()}, and stops with {@link #close()} or with this JVM.
 *
 * <p>{@link #start()} blocks until the realm answers (30-60 s; 1-2 min more the very first time, to
 * unpack and build the distribution). {@link #stop()} and {@link #start()} may alternate: the data,
 * and so the realm's signing keys, survive a restart. A Keycloak left running by a killed JVM is
 * found through the home's pid file and stopped before a new one starts.
 */
public final class LocalKeycloak implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(LocalKeycloak.class.getName());
  private static final String REALM_IMPORT = "maakmatch-realm.json";
  private static final List<String> SHARED_FOLDERS = List.of("lib", "conf", "providers");

  private final KeycloakSettings settings;
  private final Object startLock = new Object();
  private final Thread shutdownHook;
  private boolean prepared;
  private Process process;
  private boolean hookRegistered;
  private volatile boolean closed;

  public LocalKeycloak(KeycloakSettings settings) {
    this.settings = settings;
    this.shutdownHook = new Thread(this::stop, "keycloak-" + settings.purpose() + "-shutdown");
  }

  /** Starts (unless it runs already) and returns once the realm is ready. */
  public static LocalKeycloak start(KeycloakSettings settings) {
    LocalKeycloak keycloak = new LocalKeycloak(settings);
    keycloak.start();
    return keycloak;
  }

  public OidcIssuer issuer() {
    return settings.issuer();
  }

  public KeycloakSettings settings() {
    return settings;
  }

  public synchronized boolean isRunning() {
    return process != null && process.isAlive();
  }

  /**
   * Starts Keycloak and waits until its realm is ready.
   *
   * @throws IllegalStateException when it cannot start: the message names the log file
   */
  public void start() {
    synchronized (startLock) {
      if (closed) {
        throw new IllegalStateException("This Keycloak was closed");
      }
      if (isRunning()) {
        return;
      }
      long started = System.nanoTime();
      Process launched;
      if (System.getProperty("os.name", "").startsWith("Windows")) {
        throw new IllegalStateException(
            "The local Keycloak needs a Unix shell: on Windows, point MAAKMATCH_OIDC_ISSUER (and"
                + " MAAKMATCH_TEST_OIDC_ISSUER) at a Keycloak of your own");
      }
      try {
        if (!prepared) {
          prepareHome(KeycloakDistribution.prepared(settings.root()));
          prepared = true;
        }
        copyThemes();
        launched = launch();
      } catch (IOException e) {
        throw new UncheckedIOException("Could not start Keycloak in " + settings.home(), e);
      }
      awaitReady(launched);
      recordProcesses(launched);
      rememberImportedRealm();
      LOG.info(
          "Keycloak is ready at "
              + issuer()
              + " after "
              + (System.nanoTime() - started) / 1_000_000_000
              + " s (log: "
              + settings.logFile()
              + ")");
    }
  }

  /** Stops Keycloak and its child processes; a later {@link #start()} keeps the same data. */
  public void stop() {
    Process stopping;
    synchronized (this) {
      stopping = process;
      process = null;
    }
    if (stopping != null) {
      List<ProcessHandle> tree = new ArrayList<>(stopping.descendants().toList());
      tree.add(stopping.toHandle());
      terminate(tree);
      try {
        Files.deleteIfExists(pidFile());
      } catch (IOException e) {
        LOG.warning("Could not delete " + pidFile() + ": " + e);
      }
    }
  }

  @Override
  public void close() {
    closed = true;
    stop();
    synchronized (this) {
      if (hookRegistered) {
        hookRegistered = false;
        try {
          Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
          // the hook is running or about to: nothing left to undo
        }
      }
    }
  }

  // --- preparing the home ---------------------------------------------------------------

  /**
   * A home is a light copy of the distribution: its own {@code bin/kc.sh} (which takes the home
   * from its own location), links to the shared, built {@code lib}, {@code conf} and {@code
   * providers}, and its own {@code themes} and {@code data}.
   */
  private void prepareHome(Path distribution) throws IOException {
    if (!Files.isRegularFile(settings.realmFile())) {
      throw new IllegalStateException("The realm file " + settings.realmFile() + " is missing");
    }
    Path home = settings.home();
    Files.createDirectories(home.resolve("bin"));
    Path script = home.resolve("bin/kc.sh");
    Files.copy(distribution.resolve("bin/kc.sh"), script, StandardCopyOption.REPLACE_EXISTING);
    script.toFile().setExecutable(true);
    for (String folder : SHARED_FOLDERS) {
      Path link = home.resolve(folder);
      if (Files.isSymbolicLink(link)) {
        Files.delete(link);
      } else {
        KeycloakDistribution.deleteRecursively(link);
      }
      Files.createSymbolicLink(link, distribution.resolve(folder));
    }

    stopLeftoverOfKilledRun();

    Path data = home.resolve("data");
    if (settings.freshRealm()) {
      KeycloakDistribution.deleteRecursively(data);
    } else if (Files.isDirectory(data.resolve("h2"))
        && !realmFingerprint().equals(KeycloakDistribution.readOrEmpty(importedRealmFile()))) {
      // Keycloak skips a realm that exists: forget it, so that the edited file is imported
      LOG.info(
          "The realm file changed since it was imported: Keycloak's data in "
              + data
              + " is reset (local users and sessions are lost)");
      KeycloakDistribution.deleteRecursively(data.resolve("h2"));
    }
    Files.createDirectories(data.resolve("import"));
    Files.copy(
        settings.realmFile(),
        data.resolve("import").resolve(REALM_IMPORT),
        StandardCopyOption.REPLACE_EXISTING);
    Files.deleteIfExists(settings.logFile());
  }

  /**
   * Copies the repository's themes (the {@code themes} folder next to the realm file) into the home
   * before every start, so that an edited theme shows at the next start: a started Keycloak caches
   * its themes. Keycloak's own themes are in its jars, not in this folder.
   */
  private void copyThemes() throws IOException {
    Path themes = settings.home().resolve("themes");
    // a link into the distribution (a home made before the themes) or the last start's copy
    KeycloakDistribution.deleteRecursively(themes);
    Files.createDirectories(themes);
    Path source = settings.realmFile().getParent().resolve("themes");
    if (!Files.isDirectory(source)) {
      return; // a realm file without themes: Keycloak falls back to its own
    }
    try (Stream<Path> paths = Files.walk(source)) {
      for (Path path : paths.toList()) {
        Path target = themes.resolve(source.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
  }

  /** Identifies what was imported: the realm file and the placeholders it may use. */
  private String realmFingerprint() throws IOException {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(Files.readAllBytes(settings.realmFile()));
      sha.update(new TreeMap<>(settings.environment()).toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private Path importedRealmFile() {
    return settings.home().resolve("realm-import.sha256");
  }

  private void rememberImportedRealm() {
    try {
      Files.writeString(importedRealmFile(), realmFingerprint());
    } catch (IOException e) {
      LOG.warning("Could not write " + importedRealmFile() + ": " + e);
    }
  }

  // --- running ------------------------------------------------------------------------------

  private Process launch() throws IOException {
    for (int port : new int[] {settings.httpPort(), settings.managementPort()}) {
      if (inUse(port)) {
        throw new IllegalStateException(
            "Port "
                + port
                + " is in use, so Keycloak ("
                + settings.purpose()
                + ") cannot start: is another Keycloak running? Stop it, or use an external"
                + " issuer (MAAKMATCH_OIDC_ISSUER for the run, MAAKMATCH_TEST_OIDC_ISSUER for the"
                + " tests)");
      }
    }
    List<String> arguments =
        List.of(
            "start",
            "--optimized",
            "--cache=local",
            "--http-enabled=true",
            "--http-host=127.0.0.1",
            "--http-port=" + settings.httpPort(),
            // without it the issuer would follow the host a client used (127.0.0.1 vs localhost)
            "--hostname=http://localhost:" + settings.httpPort(),
            "--http-management-port=" + settings.managementPort(),
            "--log-level=info,io.smallrye.health:warn",
            "--import-realm");
    Files.writeString(
        settings.logFile(),
        "=== " + Instant.now() + " kc.sh " + String.join(" ", arguments) + "\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    ProcessBuilder builder =
        KeycloakDistribution.script(
                settings.home().resolve("bin/kc.sh"), arguments, settings.environment())
            .directory(settings.home().toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(settings.logFile().toFile()));
    Process launched;
    synchronized (this) {
      if (closed) {
        throw new IllegalStateException("This Keycloak was closed");
      }
      launched = builder.start();
      process = launched;
      if (!hookRegistered) {
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        hookRegistered = true;
      }
    }
    try (OutputStream stdin = launched.getOutputStream()) {
      // Keycloak reads nothing
    }
    recordProcesses(launched);
    LOG.info(
        "Keycloak ("
            + settings.purpose()
            + ") is starting on port "
            + settings.httpPort()
            + "; log: "
            + settings.logFile());
    return launched;
  }

  private void awaitReady(Process launched) {
    URI health = URI.create("http://127.0.0.1:" + settings.managementPort() + "/health/ready");
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request = HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).build();
    Instant deadline = Instant.now().plus(settings.readyTimeout());
    while (true) {
      if (!launched.isAlive()) {
        boolean stoppedOnPurpose = closed || !launched.equals(currentProcess());
        stop();
        throw failure(
            stoppedOnPurpose
                ? "Keycloak was stopped before it was ready"
                : "Keycloak exited with code " + launched.exitValue() + " before it was ready");
      }
      try {
        if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notListeningYet) {
        // keep waiting
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        stop();
        throw new IllegalStateException("Interrupted while Keycloak was starting", e);
      }
      if (Instant.now().isAfter(deadline)) {
        stop();
        throw failure("Keycloak was not ready after " + settings.readyTimeout().toSeconds() + " s");
      }
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        stop();
        throw new IllegalStateException("Interrupted while Keycloak was starting", e);
      }
    }
  }

  private synchronized Process currentProcess() {
    return process;
  }

  private IllegalStateException failure(String what) {
    StringBuilder message =
        new StringBuilder(what).append(": see ").append(settings.logFile()).append(", which ends:");
    try (Stream<String> lines = Files.lines(settings.logFile(), StandardCharsets.UTF_8)) {
      List<String> all = lines.toList();
      all.subList(Math.max(0, all.size() - 15), all.size())
          .forEach(line -> message.append("\n  ").append(line));
    } catch (IOException | UncheckedIOException e) {
      message.append(" (unreadable: ").append(e.getMessage()).append(')');
    }
    return new IllegalStateException(message.toString());
  }

  private static boolean inUse(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (IOException free) {
      return false;
    }
  }

  private static void terminate(List<ProcessHandle> processes) {
    // TERM lets Keycloak shut down cleanly (its H2 file stays consistent)
    processes.forEach(ProcessHandle::destroy);
    for (ProcessHandle handle : processes) {
      try {
        handle.onExit().get(30, TimeUnit.SECONDS);
      } catch (Exception notInTime) {
        handle.destroyForcibly();
      }
    }
  }

  // --- the pid file: who runs this home ---------------------------------------------------

  private Path pidFile() {
    return settings.home().resolve("keycloak.pid");
  }

  /** Records this JVM as the owner, and the script's and server's pids, for a later run. */
  private void recordProcesses(Process launched) {
    ProcessHandle owner = ProcessHandle.current();
    Properties pids = new Properties();
    pids.setProperty("owner", Long.toString(owner.pid()));
    pids.setProperty("owner.started", startOf(owner));
    List<String> processes = new ArrayList<>();
    processes.add(Long.toString(launched.pid()));
    launched.descendants().forEach(child -> processes.add(Long.toString(child.pid())));
    pids.setProperty("processes", String.join(",", processes));
    try (OutputStream out = Files.newOutputStream(pidFile())) {
      pids.store(out, "Keycloak (" + settings.purpose() + ") and the JVM that started it");
    } catch (IOException e) {
      LOG.warning("Could not write " + pidFile() + ": " + e);
    }
  }

  /**
   * A JVM killed without its shutdown hooks leaves its Keycloak running, holding the ports and the
   * data: stop it. If the JVM that started it still runs, it is someone else's: refuse.
   */
  private void stopLeftoverOfKilledRun() throws IOException {
    Path file = pidFile();
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Properties pids = new Properties();
    try (var in = Files.newInputStream(file)) {
      pids.load(in);
    }
    String home = settings.home().toString();
    List<ProcessHandle> leftovers =
        Stream.of(pids.getProperty("processes", "").split(","))
            .filter(pid -> pid.matches("\\d+"))
            .map(pid -> ProcessHandle.of(Long.parseLong(pid)))
            .flatMap(Optional::stream)
            .filter(ProcessHandle::isAlive)
            // a recycled pid belongs to some other program: only touch this home's processes
            .filter(p -> p.info().commandLine().map(line -> line.contains(home)).orElse(false))
            .toList();
    if (!leftovers.isEmpty()) {
      String ownerPid = pids.getProperty("owner", "");
      boolean ownerRuns =
          ownerPid.matches("\\d+")
              && Long.parseLong(ownerPid) != ProcessHandle.current().pid()
              && ProcessHandle.of(Long.parseLong(ownerPid))
                  .filter(ProcessHandle::isAlive)
                  .map(LocalKeycloak::startOf)
                  .filter(started -> started.equals(pids.getProperty("owner.started")))
                  .isPresent();
      if (ownerRuns) {
        throw new IllegalStateException(
            "The Keycloak in "
                + home
                + " belongs to process "
                + ownerPid
                + ", which still runs (another MaakMatch run or test run): stop that first");
      }
      LOG.info("Stopping the Keycloak " + leftovers + " left running by a run that was killed");
      List<ProcessHandle> tree = new ArrayList<>();
      leftovers.forEach(
          p -> {
            tree.addAll(p.descendants().toList());
            tree.add(p);
          });
      terminate(tree.stream().distinct().toList());
    }
    Files.delete(file);
  }

  private static String startOf(ProcessHandle process) {
    return process.info().startInstant().map(Instant::toString).orElse("");
  }
}
