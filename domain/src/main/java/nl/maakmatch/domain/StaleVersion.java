package nl.maakmatch.domain;

import nl.maakmatch.matching.text.Message;

/**
 * The client changed a record based on a version that is no longer current: applying it would
 * silently overwrite someone else's change.
 */
public class StaleVersion extends RuntimeException implements Explained {

  private final Message explanation;

  public StaleVersion(RecordKind kind, Object id, long expected, long current) {
    super(kind + " " + id + " is at version " + current + ", not " + expected);
    this.explanation =
        DomainMessages.TEXT.get(
            "record.stale",
            kind,
            String.valueOf(id),
            String.valueOf(current),
            String.valueOf(expected));
  }

  /**
   * The optimistic-locking check of every aggregate: a change based on {@code expected} applies
   * only while the record is still at that version. A missing {@code expected} means "whatever is
   * current", for actions that do not depend on what the caller saw.
   */
  public static void requireCurrent(RecordKind kind, Object id, Long expected, long current) {
    if (expected != null && expected != current) {
      throw new StaleVersion(kind, id, expected, current);
    }
  }

  @Override
  public Message explanation() {
    return explanation;
  }
}
