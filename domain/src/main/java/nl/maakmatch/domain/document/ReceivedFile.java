package nl.maakmatch.domain.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * An upload read in full, once: spooled to a temporary file while it is counted and hashed, so that
 * no more than the limit is ever read and the SHA-256 is that of exactly the bytes kept. Closing it
 * removes the temporary file unless the file was moved to where it is kept.
 */
public final class ReceivedFile implements AutoCloseable {

  private static final int BUFFER = 64 * 1024;

  private final Path path;
  private final long size;
  private final String sha256;

  private ReceivedFile(Path path, long size, String sha256) {
    this.path = path;
    this.size = size;
    this.sha256 = sha256;
  }

  /**
   * Reads {@code in} to its end into a temporary file in {@code spoolDirectory} (the system's
   * temporary directory if empty).
   *
   * @throws DocumentRefused when it is empty, or as soon as it passes {@code maxBytes}
   * @throws UncheckedIOException when it cannot be read or spooled (the request's own limit, for
   *     instance, ends the stream with an {@link IOException} that says so)
   */
  public static ReceivedFile receive(InputStream in, long maxBytes, Optional<Path> spoolDirectory) {
    Objects.requireNonNull(in, "in");
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("the limit must be positive: " + maxBytes);
    }
    Path path = spoolFile(spoolDirectory);
    try {
      MessageDigest sha = newDigest();
      long size = 0;
      try (OutputStream out = Files.newOutputStream(path)) {
        byte[] buffer = new byte[BUFFER];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          size += n;
          if (size > maxBytes) {
            throw DocumentRefused.tooLarge(maxBytes);
          }
          sha.update(buffer, 0, n);
          out.write(buffer, 0, n);
        }
      }
      if (size == 0) {
        throw DocumentRefused.empty();
      }
      return new ReceivedFile(path, size, HexFormat.of().formatHex(sha.digest()));
    } catch (IOException e) {
      deleteQuietly(path);
      throw new UncheckedIOException(e);
    } catch (RuntimeException | Error e) {
      deleteQuietly(path);
      throw e;
    }
  }

  /** The temporary file, to read (its type, its bytes); it is gone once this is closed. */
  public Path path() {
    return path;
  }

  public long size() {
    return size;
  }

  /** The SHA-256 of the contents, 64 lower-case hexadecimal digits. */
  public String sha256() {
    return sha256;
  }

  /** All the bytes, for a store that keeps them in the database (at most the limit). */
  public byte[] bytes() {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Moves the contents to {@code target} in one step where the file system allows it, so a reader
   * never finds half a file there. The temporary file is gone afterwards.
   */
  public void moveTo(Path target) {
    try {
      Files.createDirectories(target.getParent());
      try {
        Files.move(path, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException notAtomic) {
        // another file system (a spool directory elsewhere): copy, then move into place there
        Path beside = Files.createTempFile(target.getParent(), ".upload-", ".part");
        Files.copy(path, beside, StandardCopyOption.REPLACE_EXISTING);
        Files.move(beside, target, StandardCopyOption.ATOMIC_MOVE);
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    deleteQuietly(path);
  }

  private static Path spoolFile(Optional<Path> directory) {
    try {
      if (directory.isPresent()) {
        Files.createDirectories(directory.get());
        return Files.createTempFile(directory.get(), ".upload-", ".part");
      }
      return Files.createTempFile("maakmatch-upload-", ".part");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // a temporary file left behind is removed with the temporary directory; the answer stands
    }
  }
}
