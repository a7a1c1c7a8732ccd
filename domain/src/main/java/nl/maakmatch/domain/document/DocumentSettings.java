package nl.maakmatch.domain.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How documents are received and kept, from MicroProfile Config (and so from the environment:
 * {@code MAAKMATCH_DOCUMENTS_MAX_BYTES}, {@code MAAKMATCH_DOCUMENTS_DIRECTORY}).
 */
@ApplicationScoped
public class DocumentSettings {

  /** 20 MB: a scanned set of annual accounts fits, a video does not. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  @Inject
  @ConfigProperty(name = "maakmatch.documents.max-bytes", defaultValue = "20971520")
  long maxBytes = DEFAULT_MAX_BYTES;

  /** Unset or empty: the contents are kept in the database. */
  @Inject
  @ConfigProperty(name = "maakmatch.documents.directory")
  Optional<String> directory = Optional.empty();

  /** Settings as given, for tests and tools that run without a container. */
  public static DocumentSettings of(long maxBytes, Optional<Path> directory) {
    DocumentSettings settings = new DocumentSettings();
    settings.maxBytes = maxBytes;
    settings.directory = directory.map(Path::toString);
    return settings;
  }

  /** The largest file accepted, in bytes. */
  public long maxBytes() {
    if (maxBytes <= 0) {
      throw new IllegalStateException("maakmatch.documents.max-bytes must be positive");
    }
    return maxBytes;
  }

  /** The directory that keeps new documents' contents, if documents are kept as files. */
  public Optional<Path> directory() {
    return directory.map(String::strip).filter(d -> !d.isEmpty()).map(Path::of);
  }

  /** Where a document uploaded now is kept. */
  public DocumentStorage storageForNewDocuments() {
    return directory().isPresent() ? DocumentStorage.DIRECTORY : DocumentStorage.DATABASE;
  }
}
