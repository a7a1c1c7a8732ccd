package nl.maakmatch.domain;

/** A business action that the record's current state does not allow (e.g. submitting twice). */
public class StateConflict extends RuntimeException {

  public StateConflict(String message) {
    super(message);
  }
}
