package nl.maakmatch.domain.document;

import java.io.InputStream;
import java.util.Objects;

/** A document with its contents, opened for one reader, who closes the stream. */
public record DocumentDownload(PlanDocument document, InputStream content) {

  public DocumentDownload {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(content, "content");
  }
}
