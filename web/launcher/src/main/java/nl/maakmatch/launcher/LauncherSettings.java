package nl.maakmatch.launcher;

import java.nio.file.Path;

/**
 * What the launcher reads from its environment, with defaults that run on a fresh machine.
 *
 * @param externalDbUrl {@code MAAKMATCH_DB_URL}: use that PostgreSQL instead of the embedded one
 * @param dataDirectory {@code MAAKMATCH_DATA_DIR}: where the embedded PostgreSQL keeps its data
 */
record LauncherSettings(Path war, int httpPort, String externalDbUrl, Path dataDirectory) {

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
        Path.of(dataDir));
  }

  private static String setting(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
