package nl.maakmatch.keycloak;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Where and how one local Keycloak runs. The local run and the tests each get their own home (their
 * own data, log and ports), so that the tests never touch a developer's users and can run while the
 * platform runs.
 *
 * @param root the cache of all local Keycloaks: {@code ~/.maakmatch/keycloak}
 * @param purpose names the home under {@code root}: {@code run} or {@code test}
 * @param realmFile the realm to import, normally {@code docker/keycloak/maakmatch-realm.json}
 * @param freshRealm true: forget all data at start (tests); false: keep users and sessions, and
 *     re-import only when the realm file changed (local run)
 * @param environment extra environment for the server (bootstrap admin, realm placeholders)
 * @param readyTimeout how long a start may take (realm import included)
 */
public record KeycloakSettings(
    Path root,
    String purpose,
    int httpPort,
    int managementPort,
    Path realmFile,
    boolean freshRealm,
    Map<String, String> environment,
    Duration readyTimeout) {

  /**
   * The local run's Keycloak port: its issuer is {@code http://localhost:8180/realms/maakmatch}.
   */
  public static final int LOCAL_RUN_PORT = 8180;

  /** The tests' Keycloak port, apart from the local run's so that both can run at once. */
  public static final int TEST_PORT = 8181;

  /** System property naming the realm file, set by the launcher's and the tests' Maven config. */
  public static final String REALM_FILE_PROPERTY = "maakmatch.keycloak.realm";

  private static final Path DEMO_REALM = Path.of("docker", "keycloak", "maakmatch-realm.json");
  private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);

  public KeycloakSettings {
    root = root.toAbsolutePath().normalize();
    realmFile = realmFile.toAbsolutePath().normalize();
    environment = Map.copyOf(environment);
    if (!purpose.matches("[a-z]+")) {
      throw new IllegalArgumentException("A purpose is a lower-case word, not " + purpose);
    }
  }

  /**
   * The developer's Keycloak on 8180 (management 9180): data kept between runs, the realm's portal
   * client pointed at the portal's origin, and a master-realm admin {@code admin} for the admin
   * console (it listens on 127.0.0.1 only) whose password is this installation's own (see {@link
   * MasterPassword}), never a shared default.
   */
  public static KeycloakSettings localRun(Path realmFile, String portalOrigin) {
    Path root = defaultRoot();
    return new KeycloakSettings(
        root,
        "run",
        LOCAL_RUN_PORT,
        LOCAL_RUN_PORT + 1000,
        realmFile,
        false,
        Map.of(
            "MAAKMATCH_PORTAL_ORIGIN",
            portalOrigin,
            "KC_BOOTSTRAP_ADMIN_USERNAME",
            "admin",
            "KC_BOOTSTRAP_ADMIN_PASSWORD",
            MasterPassword.ofInstallation(root)),
        READY_TIMEOUT);
  }

  /**
   * The tests' Keycloak on 8181 (management 9181): a freshly imported realm on every start, and a
   * master-realm admin {@code admin}/{@code admin} for tests that set up more (another realm).
   */
  public static KeycloakSettings tests(Path realmFile) {
    return new KeycloakSettings(
        defaultRoot(),
        "test",
        TEST_PORT,
        TEST_PORT + 1000,
        realmFile,
        true,
        Map.of("KC_BOOTSTRAP_ADMIN_USERNAME", "admin", "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin"),
        READY_TIMEOUT);
  }

  public static Path defaultRoot() {
    return Path.of(System.getProperty("user.home"), ".maakmatch", "keycloak");
  }

  /**
   * The demo realm file: the one named by {@value #REALM_FILE_PROPERTY}, else {@code
   * docker/keycloak/maakmatch-realm.json} in the first of the working directory and its parents
   * that has one (so the launcher, the tests and an IDE all find the repository's copy).
   */
  public static Path demoRealmFile() {
    String configured = System.getProperty(REALM_FILE_PROPERTY);
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    return findInRepository(DEMO_REALM);
  }

  /** A file at {@code relative} in the working directory or the nearest parent holding it. */
  public static Path findInRepository(Path relative) {
    Path start = Path.of("").toAbsolutePath();
    for (Path directory = start; directory != null; directory = directory.getParent()) {
      Path candidate = directory.resolve(relative);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "Cannot find " + relative + " in " + start + " or its parents: run from the repository");
  }

  /** This purpose's Keycloak home: a light copy of the distribution with its own {@code data}. */
  public Path home() {
    return root.resolve(purpose);
  }

  public Path logFile() {
    return home().resolve("keycloak.log");
  }

  public OidcIssuer issuer() {
    return OidcIssuer.localKeycloak(httpPort);
  }
}
