package nl.maakmatch.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PayaraRootTest {

  @TempDir Path home;

  /** A root directory as --outputlauncher leaves it, after a run that deployed a WAR. */
  private Path unpackedAndUsed() throws Exception {
    Path root = home.resolve("payara-micro-6.2025.10");
    Files.createDirectories(root.resolve("config"));
    Files.writeString(root.resolve("config/domain.xml.unpacked"), "<domain/>");
    Files.writeString(
        root.resolve("config/domain.xml"), "<domain><application name=\"maakmatch\"/></domain>");
    Files.createDirectories(root.resolve("applications/maakmatch/WEB-INF"));
    Files.writeString(root.resolve("applications/maakmatch/WEB-INF/web.xml"), "<web-app/>");
    Files.createDirectories(root.resolve("generated/jsp"));
    Files.writeString(root.resolve("launch-micro.jar"), "stands in for the launcher");
    return root;
  }

  @Test
  void startsEveryRunWithoutThePreviousRunsDeployment() throws Exception {
    Path root = unpackedAndUsed();

    PayaraRoot.prepare(Path.of("/m2/payara-micro-6.2025.10.jar"), home, true);

    assertThat(root.resolve("applications")).doesNotExist();
    assertThat(root.resolve("generated")).doesNotExist();
    assertThat(root.resolve("config/domain.xml")).hasContent("<domain/>");
    assertThat(root.resolve("launch-micro.jar")).exists();
  }

  @Test
  void writesTheClassDataArchiveOnceAndMapsItAfterwards() throws Exception {
    Path root = unpackedAndUsed();
    PayaraRoot payara = PayaraRoot.prepare(Path.of("/m2/payara-micro-6.2025.10.jar"), home, true);

    String archiveOption =
        payara.jvmOptions().stream().filter(o -> o.startsWith("-XX:")).findFirst().orElseThrow();
    assertThat(archiveOption).startsWith("-XX:ArchiveClassesAtExit=" + root);

    Files.writeString(Path.of(archiveOption.substring(archiveOption.indexOf('=') + 1)), "archive");
    assertThat(payara.jvmOptions())
        .anyMatch(
            o -> o.equals(archiveOption.replace("ArchiveClassesAtExit", "SharedArchiveFile")));
  }

  @Test
  void withoutClassDataSharingNamesNoArchive() throws Exception {
    unpackedAndUsed();
    PayaraRoot payara = PayaraRoot.prepare(Path.of("/m2/payara-micro-6.2025.10.jar"), home, false);

    assertThat(payara.jvmOptions()).noneMatch(o -> o.contains("Archive"));
  }

  @Test
  void namesPayarasJsonProviderSoNoRequestSearchesTheClassPathForIt() throws Exception {
    unpackedAndUsed();
    PayaraRoot payara = PayaraRoot.prepare(Path.of("/m2/payara-micro-6.2025.10.jar"), home, false);

    assertThat(payara.jvmOptions())
        .contains("-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl")
        .noneMatch(o -> o.startsWith("-Xbootclasspath"));
  }
}
