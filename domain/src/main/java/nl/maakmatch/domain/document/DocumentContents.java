package nl.maakmatch.domain.document;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Keeps the bytes of documents where each document says: in the database or in the configured
 * directory. A file is written or removed in step with the transaction that records it: a file
 * whose record is rolled back is removed again, and a deleted document's file goes only once its
 * deletion is committed.
 */
@ApplicationScoped
public class DocumentContents {

  @PersistenceContext(unitName = "maakmatch")
  EntityManager em;

  @Inject DocumentSettings settings;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transactions;

  /** Where uploads are spooled: beside the kept files (so moving one there is one step). */
  public Optional<Path> spoolDirectory() {
    return settings.directory();
  }

  public void store(PlanDocument document, ReceivedFile file) {
    switch (document.storage()) {
      case DATABASE -> em.persist(new StoredContent(document.id(), file.bytes()));
      case DIRECTORY -> {
        Path target = fileOf(document);
        file.moveTo(target);
        afterCompletion(
            committed -> {
              if (!committed) {
                deleteQuietly(target);
              }
            });
      }
    }
  }

  /** The bytes of a document that has not been deleted. */
  public InputStream open(PlanDocument document) {
    return switch (document.storage()) {
      case DATABASE -> new ByteArrayInputStream(stored(document).bytes());
      case DIRECTORY -> {
        try {
          yield Files.newInputStream(fileOf(document));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }

  public void remove(PlanDocument document) {
    switch (document.storage()) {
      case DATABASE -> em.remove(stored(document));
      case DIRECTORY -> {
        Path file = fileOf(document);
        afterCompletion(
            committed -> {
              if (committed) {
                deleteQuietly(file);
              }
            });
      }
    }
  }

  /**
   * Removes the files of erased documents once the erasure is committed; their records and any
   * contents in the database went with the erasure's statements.
   */
  public void removeFilesOf(List<UUID> documentIds) {
    settings
        .directory()
        .ifPresent(
            directory ->
                afterCompletion(
                    committed -> {
                      if (committed) {
                        documentIds.forEach(id -> deleteQuietly(directory.resolve(id.toString())));
                      }
                    }));
  }

  private StoredContent stored(PlanDocument document) {
    return Optional.ofNullable(em.find(StoredContent.class, document.id()))
        .orElseThrow(() -> new IllegalStateException("no contents kept for " + document.id()));
  }

  private Path fileOf(PlanDocument document) {
    Path directory =
        settings
            .directory()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "document "
                            + document.id()
                            + " is kept in a directory, but maakmatch.documents.directory is not"
                            + " set"));
    // the id is a UUID: a name that cannot leave the directory
    return directory.resolve(document.id().toString());
  }

  /** Runs {@code then} with whether the current transaction committed; now, if there is none. */
  private void afterCompletion(Consumer<Boolean> then) {
    if (transactions == null || transactions.getTransactionKey() == null) {
      then.accept(true);
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            then.accept(status == Status.STATUS_COMMITTED);
          }
        });
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // an orphaned file holds nothing anyone can reach through MaakMatch; not worth a failure
    }
  }
}
