package nl.maakmatch.domain;

import nl.maakmatch.matching.text.Messages;

/** The domain's messages; patterns in {@code nl/maakmatch/domain/messages*.properties}. */
public final class DomainMessages {

  public static final Messages TEXT = Messages.in("nl.maakmatch.domain.messages");

  private DomainMessages() {}
}
