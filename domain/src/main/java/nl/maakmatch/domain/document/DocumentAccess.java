package nl.maakmatch.domain.document;

import static nl.maakmatch.domain.document.DocumentMessages.TEXT;

import java.util.Objects;
import nl.maakmatch.domain.access.Access;
import nl.maakmatch.domain.access.Access.Ground;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.access.Role;
import nl.maakmatch.domain.firm.FirmAccess;

/**
 * Who may see and change the documents of a plan, decided from plain facts: the actor's relation to
 * the plan's firm, and whether an introduction of the plan shares its documents with the actor's
 * organisation. Anyone else does not learn that the documents (or the plan) exist.
 */
public final class DocumentAccess {

  /**
   * What the policy knows about one actor and one plan's documents.
   *
   * @param sharedWithTheActor an open introduction of the plan shares its documents with the
   *     organisation the actor acts for as a financier
   */
  public record Facts(FirmAccess.Facts firm, boolean sharedWithTheActor) {

    public Facts {
      Objects.requireNonNull(firm, "firm");
    }
  }

  private final Actor actor;
  private final Facts facts;
  private final FirmAccess firm;

  private DocumentAccess(Actor actor, Facts facts) {
    this.actor = Objects.requireNonNull(actor, "actor");
    this.facts = Objects.requireNonNull(facts, "facts");
    this.firm = FirmAccess.of(actor, facts.firm());
  }

  public static DocumentAccess of(Actor actor, Facts facts) {
    return new DocumentAccess(actor, facts);
  }

  /**
   * Whether to ask {@link DocumentSharing} at all: only a financier acting for an organisation can
   * be shown documents through an introduction.
   */
  public static boolean mayBeSharedWith(Actor actor) {
    return actor.has(Role.FINANCIER) && actor.organisation().isPresent();
  }

  /**
   * Listing and downloading: the firm's users and guiding advisers, and a financier whose
   * organisation an introduction shares the documents with.
   */
  public Access toRead() {
    Access throughFirm = firm.toRead();
    if (throughFirm.isAllowed()) {
      return throughFirm;
    }
    if (mayBeSharedWith(actor) && facts.sharedWithTheActor()) {
      return Access.allowed(Ground.CONSENT);
    }
    return Access.hidden(TEXT.get("document.notShared"));
  }

  /**
   * Uploading and deleting: the firm's users, and guiding advisers the firm allowed to edit its
   * plans; a financier never changes them.
   */
  public Access toChange() {
    return firm.toRead()
        .then(() -> firm.membersOrEditingAdvisers(TEXT.get("document.changeOwnerOrEditor")));
  }
}
