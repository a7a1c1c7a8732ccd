package nl.maakmatch.domain.document;

/**
 * Where a document's contents are kept. Each document remembers its own, so changing the setting
 * for new uploads leaves the documents already kept where they can be found.
 */
public enum DocumentStorage {
  /** In the {@code document_content} table, with the rest of MaakMatch's data. */
  DATABASE,
  /** As a file named by the document's id, in {@code maakmatch.documents.directory}. */
  DIRECTORY
}
