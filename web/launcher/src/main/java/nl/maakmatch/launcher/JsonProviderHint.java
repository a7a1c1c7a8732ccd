package nl.maakmatch.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * A jar holding only the service descriptor that names Payara's JSON-P provider, for the boot class
 * path. Payara's health endpoints and its MicroProfile JWT check call {@code Json.create…} on every
 * request, and each call looks the provider up anew (jakartaee/jsonp-api#154), a search through
 * every jar of the runtime that costs the health probe 60% of its time. The boot class path is
 * searched first, so the lookup ends at this descriptor; the provider class is still loaded by
 * whoever asks, from Payara's own jar.
 */
final class JsonProviderHint {

  /** Changes when the jar's content does, so class-data archives of another layout are not used. */
  static final String LAYOUT = "p1";

  private static final String DESCRIPTOR = "META-INF/services/jakarta.json.spi.JsonProvider";
  private static final String PROVIDER = "org.eclipse.parsson.JsonProviderImpl";

  private JsonProviderHint() {}

  /** Writes the jar into {@code directory} unless it is there; returns its path. */
  static Path writeInto(Path directory) throws IOException {
    Path jar = directory.resolve("json-provider-" + LAYOUT + ".jar");
    if (Files.isRegularFile(jar)) {
      return jar;
    }
    Path partial = Files.createTempFile(directory, "json-provider", ".part");
    try (OutputStream file = Files.newOutputStream(partial);
        JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new JarEntry(DESCRIPTOR));
      out.write((PROVIDER + "\n").getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    // the archive of a later start records this jar's size and time: write it once, whole
    return Files.move(partial, jar);
  }
}
