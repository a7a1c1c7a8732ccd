package nl.maakmatch.domain.access;

import nl.maakmatch.domain.Explained;
import nl.maakmatch.matching.text.Message;

/**
 * The caller is known but may not do this (403). Reading another party's record answers "not found"
 * instead, so that its existence is not revealed.
 */
public class NotPermitted extends RuntimeException implements Explained {

  private final Message explanation;

  public NotPermitted(Message explanation) {
    super(explanation.toString());
    this.explanation = explanation;
  }

  @Override
  public Message explanation() {
    return explanation;
  }
}
