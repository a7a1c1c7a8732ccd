package nl.maakmatch.matching.catalogue;

import java.util.List;
import nl.maakmatch.matching.text.Message;

/**
 * What happened when a catalogue file was read: how many entries were accepted, which were rejected
 * and why, and warnings about accepted entries (derived terms, unknown exclusions).
 *
 * @param fileProblems problems with the file as a whole (not YAML, no instruments list)
 */
public record CatalogueReport(
    int entriesRead,
    int entriesAccepted,
    List<RejectedEntry> rejected,
    List<Message> warnings,
    List<Message> fileProblems) {

  public CatalogueReport {
    rejected = List.copyOf(rejected);
    warnings = List.copyOf(warnings);
    fileProblems = List.copyOf(fileProblems);
  }

  /** Every entry was read and accepted. Warnings may remain. */
  public boolean isClean() {
    return rejected.isEmpty() && fileProblems.isEmpty();
  }
}
