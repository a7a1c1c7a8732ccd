package nl.maakmatch.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * The password of the local Keycloak's master-realm {@code admin}: {@code
 * MAAKMATCH_KEYCLOAK_ADMIN_PASSWORD} when set, else one generated for this installation on first
 * use, kept readable only by its owner in {@code admin-password} and printed once, so no two
 * installations share a default that could reach a real deployment.
 */
final class MasterPassword {

  static final String ENVIRONMENT = "MAAKMATCH_KEYCLOAK_ADMIN_PASSWORD";
  private static final Logger LOG = Logger.getLogger(MasterPassword.class.getName());

  private MasterPassword() {}

  static String ofInstallation(Path root) {
    String configured = System.getenv(ENVIRONMENT);
    if (configured != null && !configured.isBlank()) {
      return configured;
    }
    Path file = root.resolve("admin-password");
    try {
      if (Files.isRegularFile(file)) {
        return Files.readString(file, StandardCharsets.UTF_8).strip();
      }
      byte[] random = new byte[18];
      new SecureRandom().nextBytes(random);
      String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      Files.createDirectories(root);
      Files.writeString(file, password, StandardCharsets.UTF_8);
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      LOG.info(
          "Keycloak's master-realm admin for this installation: admin / "
              + password
              + " (shown once; kept in "
              + file
              + ", or set "
              + ENVIRONMENT
              + ")");
      return password;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep Keycloak's admin password in " + file, e);
    }
  }
}
