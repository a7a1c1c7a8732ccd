package nl.maakmatch.domain.instrument;

import java.util.List;
import nl.maakmatch.matching.text.Message;

/**
 * What an import of a catalogue file did: which instruments it added, changed (a new version) or
 * found unchanged, and which entries it rejected and why. Rejected entries change nothing.
 *
 * @param fileProblems problems with the file as a whole (nothing was imported)
 */
public record ImportReport(
    List<String> added,
    List<String> changed,
    List<String> unchanged,
    List<Rejection> rejected,
    List<Message> warnings,
    List<Message> fileProblems) {

  public ImportReport {
    added = List.copyOf(added);
    changed = List.copyOf(changed);
    unchanged = List.copyOf(unchanged);
    rejected = List.copyOf(rejected);
    warnings = List.copyOf(warnings);
    fileProblems = List.copyOf(fileProblems);
  }

  /**
   * An entry that was not imported.
   *
   * @param position 0-based place of the entry in the file's instrument list
   * @param line the line it starts on, when known (0 otherwise)
   * @param id its id, when it had a readable one
   */
  public record Rejection(int position, int line, String id, List<Message> reasons) {

    public Rejection {
      reasons = List.copyOf(reasons);
    }
  }
}
