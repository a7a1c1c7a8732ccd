package nl.maakmatch.domain.document;

import static nl.maakmatch.domain.fixtures.DocumentFixtures.repeated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.maakmatch.matching.text.MessageRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReceivedFileTest {

  private static final long LIMIT = 1000;

  @TempDir Path spool;

  @Test
  void hashesExactlyTheBytesItReceived() {
    try (ReceivedFile file = receive("abc".getBytes(StandardCharsets.US_ASCII), LIMIT)) {
      assertThat(file.size()).isEqualTo(3);
      assertThat(file.sha256())
          .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
      assertThat(file.bytes()).asString(StandardCharsets.US_ASCII).isEqualTo("abc");
    }
  }

  @Test
  void takesAFileOfExactlyTheLimit() {
    try (ReceivedFile file = receive(repeated((int) LIMIT), LIMIT)) {
      assertThat(file.size()).isEqualTo(LIMIT);
    }
  }

  @Test
  void refusesAFileOneByteOverTheLimitAndKeepsNothingOfIt() {
    DocumentRefused refused =
        catchThrowableOfType(
            DocumentRefused.class, () -> receive(repeated((int) LIMIT + 1), LIMIT));

    assertThat(refused.reason()).isEqualTo(DocumentRefused.Reason.TOO_LARGE);
    assertThat(spooled()).isEmpty();
  }

  @Test
  void stopsReadingOnceTheLimitIsPassed() {
    EndlessStream endless = new EndlessStream();

    assertThatThrownBy(() -> ReceivedFile.receive(endless, LIMIT, Optional.of(spool)))
        .isInstanceOf(DocumentRefused.class);
    assertThat(endless.read).isLessThanOrEqualTo(LIMIT + 64 * 1024);
    assertThat(spooled()).isEmpty();
  }

  @Test
  void refusesAnEmptyFileAndKeepsNothingOfIt() {
    DocumentRefused refused =
        catchThrowableOfType(DocumentRefused.class, () -> receive(new byte[0], LIMIT));

    assertThat(refused.reason()).isEqualTo(DocumentRefused.Reason.EMPTY);
    assertThat(MessageRenderer.english(refused.explanation()))
        .isEqualTo("The file is empty. Nothing was stored.");
    assertThat(MessageRenderer.dutch(refused.fieldReason()))
        .isEqualTo("is leeg: kies het bestand opnieuw");
    assertThat(spooled()).isEmpty();
  }

  @Test
  void removesTheSpooledFileWhenClosed() {
    Path path;
    try (ReceivedFile file = receive(repeated(10), LIMIT)) {
      path = file.path();
      assertThat(path).exists().hasParent(spool);
    }
    assertThat(path).doesNotExist();
  }

  @Test
  void movesTheContentsToWhereTheyAreKept() throws IOException {
    Path kept = spool.resolve("kept/document");
    try (ReceivedFile file = receive(repeated(10), LIMIT)) {
      file.moveTo(kept);
    }
    assertThat(Files.readAllBytes(kept)).isEqualTo(repeated(10));
    assertThat(spooled()).containsExactly(spool.resolve("kept"));
  }

  @Test
  void passesOnAFailureToReadAndKeepsNothing() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("request body exceeds 1048576 bytes");
          }
        };

    assertThatThrownBy(() -> ReceivedFile.receive(failing, LIMIT, Optional.of(spool)))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("request body exceeds 1048576 bytes");
    assertThat(spooled()).isEmpty();
  }

  @Test
  void namesTheLimitInMegabytesAsPeopleCountThem() {
    DocumentRefused twenty = DocumentRefused.tooLarge(DocumentSettings.DEFAULT_MAX_BYTES);
    DocumentRefused oneAndAHalf = DocumentRefused.tooLarge(1_572_864);

    assertThat(MessageRenderer.english(twenty.explanation()))
        .isEqualTo("The file is larger than the 20 MB allowed. Nothing was stored.");
    assertThat(MessageRenderer.dutch(twenty.fieldReason()))
        .isEqualTo("mag hoogstens 20 MB groot zijn");
    assertThat(MessageRenderer.dutch(oneAndAHalf.fieldReason()))
        .isEqualTo("mag hoogstens 1,5 MB groot zijn");
  }

  private ReceivedFile receive(byte[] bytes, long limit) {
    return ReceivedFile.receive(new ByteArrayInputStream(bytes), limit, Optional.of(spool));
  }

  private List<Path> spooled() {
    try (Stream<Path> files = Files.list(spool)) {
      return files.toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A client that never stops sending; counts what was read. */
  private static final class EndlessStream extends InputStream {
    long read;

    @Override
    public int read() {
      read++;
      return 'x';
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      read += length;
      return length;
    }
  }
}
