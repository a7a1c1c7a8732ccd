package nl.maakmatch.web.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The production compose file as a deployment needs it, checked where no container engine runs:
 * every service watched by a health check, two application instances behind the TLS proxy, Keycloak
 * in production mode with its own database and the production realm, and no secret in the file —
 * each one a variable the example env file names.
 */
class ComposeFileTest {

  private static final Path DOCKER = Path.of("..", "docker");
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)(:?[?-][^}]*)?}");

  private final String text = read("compose.yaml");
  private final Map<String, Object> compose = new Yaml().load(text);

  @Test
  void everyServiceHasAHealthCheckAndRestarts() {
    assertThat(services()).containsKeys("postgres", "keycloak-db", "keycloak", "proxy");
    services()
        .forEach(
            (name, service) -> {
              assertThat(map(service)).as(name).containsKeys("healthcheck", "restart");
              assertThat(map(map(service).get("healthcheck")).get("test")).as(name).isNotNull();
            });
  }

  @Test
  void twoApplicationInstancesOfOneImageStandBehindTheProxy() {
    List<String> instances =
        services().keySet().stream().filter(name -> name.startsWith("app-")).toList();
    assertThat(instances).hasSize(2);
    assertThat(instances.stream().map(name -> map(services().get(name)).get("image")).toList())
        .containsOnly("maakmatch:latest");
    String proxy = read("proxy/maakmatch.conf.template");
    instances.forEach(name -> assertThat(proxy).contains("server " + name + ":8080"));
    // clients are told apart by the address the proxy saw, and only the proxy is published
    assertThat(proxy).contains("X-Forwarded-For $proxy_add_x_forwarded_for");
    instances.forEach(
        name -> {
          assertThat(map(map(services().get(name)).get("environment")))
              .containsEntry("MAAKMATCH_PROXY_FORWARDED_FOR", "true");
          assertThat(map(services().get(name))).doesNotContainKey("ports");
        });
    assertThat(proxy).contains("ssl_certificate /etc/nginx/certs/");
    assertThat(String.valueOf(map(services().get("proxy")).get("volumes")))
        .contains("./certs:/etc/nginx/certs:ro");
  }

  @Test
  void keycloakRunsInProductionModeOnItsOwnDatabaseWithTheProductionRealm() throws IOException {
    Map<String, Object> keycloak = map(services().get("keycloak"));
    assertThat(String.valueOf(keycloak.get("command"))).contains("start").doesNotContain("dev");
    assertThat(map(keycloak.get("environment")))
        .containsEntry("KC_DB", "postgres")
        .containsEntry("KC_DB_URL", "jdbc:postgresql://keycloak-db:5432/keycloak");
    assertThat(String.valueOf(keycloak.get("volumes")))
        .contains("./keycloak/production/maakmatch-realm.json:");
    String realm = read("keycloak/production/maakmatch-realm.json");
    assertThat(realm).doesNotContain("\"directAccessGrantsEnabled\": true");
    assertThat(realm).doesNotContain("\"users\"");
  }

  @Test
  void noSecretIsInTheFileAndEveryVariableIsInTheExampleEnvFile() {
    List<String> literalSecrets = new ArrayList<>();
    services()
        .forEach(
            (name, service) -> {
              Object environment = map(service).get("environment");
              if (environment == null) {
                return;
              }
              map(environment)
                  .forEach(
                      (key, value) -> {
                        boolean secret = key.matches(".*(PASSWORD|SECRET).*");
                        boolean fromEnvironment =
                            value == null || String.valueOf(value).matches("\\$\\{[A-Z0-9_]+.*}");
                        if (secret && !fromEnvironment) {
                          literalSecrets.add(name + "." + key);
                        }
                      });
            });
    assertThat(literalSecrets).isEmpty();
    assertThat(text).doesNotContain(":-change-me").doesNotContain("PASSWORD:-maakmatch");

    Set<String> used = new TreeSet<>();
    Matcher variables = VARIABLE.matcher(text);
    while (variables.find()) {
      used.add(variables.group(1));
    }
    String example = read("maakmatch.env.example");
    assertThat(used).isNotEmpty().allSatisfy(name -> assertThat(example).contains(name + "="));
  }

  @Test
  void theImageIsPayaraMicroOfTheVersionInUse() throws IOException {
    String pom = Files.readString(Path.of("..", "pom.xml"));
    Matcher version = Pattern.compile("<payara.version>([^<]+)</payara.version>").matcher(pom);
    assertThat(version.find()).isTrue();
    assertThat(read("Dockerfile")).contains("FROM payara/micro:" + version.group(1) + "-jdk17");
  }

  /**
   * Docker Compose reads the file as {@code docker compose config} does, no engine needed: with the
   * example env file every variable resolves and the file is valid; without one it refuses, for
   * want of the first secret. Needs Docker Compose v2 ({@code docker compose} or {@code
   * docker-compose}; {@code bash .ci/run} installs Debian's when missing).
   */
  @Test
  void dockerComposeAcceptsTheFileWithTheExampleEnvAndRefusesItWithoutSecrets() throws Exception {
    List<String> compose = composeCommand();

    Run configured = run(compose, "--env-file", "maakmatch.env.example", "config", "--quiet");
    assertThat(configured.exit()).as(configured.output()).isZero();

    Run unconfigured = run(compose, "config", "--quiet");
    assertThat(unconfigured.exit()).isNotZero();
    assertThat(unconfigured.output()).contains("required variable", "is missing a value");
  }

  /** {@code docker compose} (the plugin) or {@code docker-compose}, whichever is version 2. */
  private static List<String> composeCommand() throws InterruptedException {
    for (List<String> candidate :
        List.of(List.of("docker", "compose"), List.of("docker-compose"))) {
      try {
        List<String> version = new ArrayList<>(candidate);
        version.add("version");
        Run answer = run(version);
        if (answer.exit() == 0 && answer.output().matches("(?s).*version v?2\\..*")) {
          return candidate;
        }
      } catch (IOException absent) {
        // not on this machine: try the next
      }
    }
    throw new AssertionError(
        "Docker Compose v2 is needed (docker compose or docker-compose): bash .ci/run installs it");
  }

  private static Run run(List<String> command, String... arguments)
      throws IOException, InterruptedException {
    List<String> line = new ArrayList<>(command);
    if (arguments.length > 0) {
      line.addAll(List.of("-f", "compose.yaml"));
      line.addAll(List.of(arguments));
    }
    ProcessBuilder builder =
        new ProcessBuilder(line).directory(DOCKER.toFile()).redirectErrorStream(true);
    // only what a shell on a fresh host has: no variable of the deployment leaks in
    builder.environment().keySet().retainAll(Set.of("PATH", "HOME"));
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    return new Run(process.exitValue(), output);
  }

  private record Run(int exit, String output) {}

  @SuppressWarnings("unchecked")
  private Map<String, Object> services() {
    return (Map<String, Object>) compose.get("services");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  private static String read(String file) {
    try {
      return Files.readString(DOCKER.resolve(file));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read docker/" + file, e);
    }
  }
}
