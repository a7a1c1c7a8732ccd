package nl.maakmatch.domain;

/**
 * The client changed a record based on a version that is no longer current: applying it would
 * silently overwrite someone else's change.
 */
public class StaleVersion extends RuntimeException {

  public StaleVersion(String kind, Object id, long expected, long current) {
    super(
        kind
            + " "
            + id
            + " is at version "
            + current
            + ", not "
            + expected
            + ": reload it and apply your change again");
  }
}
