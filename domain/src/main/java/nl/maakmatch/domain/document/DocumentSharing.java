package nl.maakmatch.domain.document;

import java.util.UUID;

/**
 * Whether a firm lets a financier organisation read a plan's documents: the one fact about
 * financiers that {@link DocumentAccess} needs, answered by the deal flow (introductions).
 */
public interface DocumentSharing {

  /**
   * True while the organisation has an open introduction to the plan that shares its documents
   * (DOCUMENTS among what the firm shared); false for any other organisation, a closed or withdrawn
   * introduction, or one that shares the plan without its documents.
   *
   * @param planId the plan the documents belong to
   * @param organisation the code of the financier's organisation, as in the actor's token
   */
  boolean sharesDocumentsWith(UUID planId, String organisation);
}
