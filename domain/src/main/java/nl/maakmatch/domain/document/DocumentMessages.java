package nl.maakmatch.domain.document;

import nl.maakmatch.matching.text.Messages;

/**
 * What MaakMatch says about plan documents; patterns in {@code
 * nl/maakmatch/domain/document/messages*.properties}.
 */
public final class DocumentMessages {

  public static final Messages TEXT = Messages.in("nl.maakmatch.domain.document.messages");

  private DocumentMessages() {}
}
