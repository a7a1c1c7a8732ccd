package nl.maakmatch.domain.document;

import static nl.maakmatch.domain.fixtures.DocumentFixtures.aLegacyWordFile;
import static nl.maakmatch.domain.fixtures.DocumentFixtures.aTruncatedCompoundFile;
import static nl.maakmatch.domain.fixtures.DocumentFixtures.aWindowsProgram;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Ole2DirectoryTest {

  @TempDir Path files;

  @Test
  void readsTheNamesOfEveryDirectorySectorInTheChain() throws IOException {
    assertThat(Ole2Directory.namesIn(write(aLegacyWordFile())))
        .containsExactlyInAnyOrder(
            "\u0001CompObj",
            "\u0005SummaryInformation",
            "\u0005DocumentSummaryInformation",
            "WordDocument");
  }

  @Test
  void refusesAFileWithoutTheCompoundFileSignature() {
    assertThatThrownBy(() -> Ole2Directory.namesIn(write(aWindowsProgram())))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a compound file");
  }

  @Test
  void refusesADirectoryBeyondTheEndOfTheFile() {
    assertThatThrownBy(() -> Ole2Directory.namesIn(write(aTruncatedCompoundFile())))
        .isInstanceOf(IOException.class);
  }

  @Test
  void endsADirectoryChainThatLoopsInsteadOfFollowingItForever() {
    byte[] looping = aLegacyWordFile();
    // the FAT sends sector 2 back to sector 1
    ByteBuffer.wrap(looping).order(ByteOrder.LITTLE_ENDIAN).putInt(512 + 8, 1);

    assertThatThrownBy(() -> Ole2Directory.namesIn(write(looping)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("loops");
  }

  private Path write(byte[] bytes) throws IOException {
    Path file = files.resolve("file.doc");
    Files.write(file, bytes);
    return file;
  }
}
