package nl.maakmatch.domain;

import nl.maakmatch.matching.text.Message;

/** A business action that the record's current state does not allow (e.g. submitting twice). */
public class StateConflict extends RuntimeException implements Explained {

  private final Message explanation;

  public StateConflict(Message explanation) {
    super(explanation.toString());
    this.explanation = explanation;
  }

  @Override
  public Message explanation() {
    return explanation;
  }
}
