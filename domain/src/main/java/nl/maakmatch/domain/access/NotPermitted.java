package nl.maakmatch.domain.access;

/**
 * The caller is known but may not do this (403). Reading another party's record answers "not
 * found" instead, so that its existence is not revealed.
 */
public class NotPermitted extends RuntimeException {

  public NotPermitted(String message) {
    super(message);
  }
}
