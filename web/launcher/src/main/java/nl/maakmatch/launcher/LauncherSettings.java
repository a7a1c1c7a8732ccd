package nl.maakmatch.launcher;

import java.nio.file.Path;

/**
 * What the launcher reads from its environment, with defaults that run on a fresh machine.
 *
 * @param externalDbUrl {@code MAAKMATCH_DB_URL}: use that PostgreSQL instead of the embedded one
 * @param dataDirectory {@code MAAKMATCH_DATA_DIR}: where the embedded PostgreSQL keeps its data
 * @param externalOidcIssuer {@code MAAKMATCH_OIDC_ISSUER}: trust that issuer's tokens (e.g. {@code
 *     https://login.example.nl/realms/maakmatch}) instead of starting a local Keycloak
 * @param localKeycloak false when {@code MAAKMATCH_KEYCLOAK=off}: start no Keycloak, but still
 *     trust tokens from the local one's address, for a Keycloak started by other means
 * @param preBootCommands Payara settings shared with the tests and the Docker image
 * @param externalSmtpHost {@code MAAKMATCH_MAIL_SMTP_HOST}: the application sends mail there (with
 *     {@code MAAKMATCH_MAIL_SMTP_PORT}, ...) and no local mail catcher is started
 * @param localMailCatcher false when {@code MAAKMATCH_MAIL=off}: start no mail catcher, but still
 *     send to localhost:3025, for one started by other means
 * @param javaOptions {@code MAAKMATCH_JAVA_OPTS}: the JVM options of the application's own JVM
 * @param classDataSharing false when {@code MAAKMATCH_CDS=off}: start the application's JVM without
 *     a class-data archive
 * @param httpThreads {@code MAAKMATCH_HTTP_THREADS}: the most requests served at once; more wait in
 *     the queue. The default suits the matching work on 2 cores, which mostly computes
 */
record LauncherSettings(
    Path war,
    int httpPort,
    String externalDbUrl,
    Path dataDirectory,
    String externalOidcIssuer,
    boolean localKeycloak,
    Path preBootCommands,
    String externalSmtpHost,
    boolean localMailCatcher,
    String javaOptions,
    boolean classDataSharing,
    int httpThreads) {

  static LauncherSettings fromEnvironment() {
    String war = System.getProperty("maakmatch.war", "web/target/maakmatch.war");
    String port = setting("MAAKMATCH_HTTP_PORT", "8080");
    String dataDir =
        setting(
            "MAAKMATCH_DATA_DIR",
            Path.of(System.getProperty("user.home"), ".maakmatch", "postgres").toString());
    return new LauncherSettings(
        Path.of(war).toAbsolutePath().normalize(),
        Integer.parseInt(port),
        System.getenv("MAAKMATCH_DB_URL"),
        Path.of(dataDir),
        setting("MAAKMATCH_OIDC_ISSUER", null),
        !setting("MAAKMATCH_KEYCLOAK", "on").equalsIgnoreCase("off"),
        Path.of(
            System.getProperty(
                "maakmatch.payara.preboot", "web/src/main/payara/pre-boot-commands.asadmin")),
        setting("MAAKMATCH_MAIL_SMTP_HOST", null),
        !setting("MAAKMATCH_MAIL", "on").equalsIgnoreCase("off"),
        setting("MAAKMATCH_JAVA_OPTS", PayaraProcess.DEFAULT_JAVA_OPTIONS),
        !setting("MAAKMATCH_CDS", "on").equalsIgnoreCase("off"),
        Integer.parseInt(setting("MAAKMATCH_HTTP_THREADS", "32")));
  }

  String portalOrigin() {
    return "http://localhost:" + httpPort;
  }

  private static String setting(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
