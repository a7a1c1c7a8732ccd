package nl.maakmatch.domain;

import nl.maakmatch.matching.text.Message;

/** A domain error that tells the caller, in their language, what went wrong. */
public interface Explained {

  Message explanation();
}
