package nl.maakmatch.domain.plan;

import static nl.maakmatch.domain.DomainMessages.TEXT;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import nl.maakmatch.domain.access.Access;
import nl.maakmatch.domain.access.Access.Ground;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.access.Role;
import nl.maakmatch.domain.firm.FirmAccess;

/**
 * Who may see and do what with an investment plan, decided from plain facts: the actor's relation
 * to the plan's firm, the plan's status and the organisations it is shared with.
 */
public final class PlanAccess {

  /**
   * The one rule for financiers: they read a plan shared with their organisation while the consent
   * is active and the plan is open, or FUNDED (they keep it for their files on the financing they
   * arranged). A CLOSED or WITHDRAWN plan is no longer theirs to read.
   */
  public static boolean financiersSee(PlanStatus status) {
    return status.isOpen() || status == PlanStatus.FUNDED;
  }

  /** The statuses of {@link #financiersSee}, for queries over many plans. */
  public static Set<PlanStatus> statusesFinanciersSee() {
    EnumSet<PlanStatus> seen = EnumSet.noneOf(PlanStatus.class);
    for (PlanStatus status : PlanStatus.values()) {
      if (financiersSee(status)) {
        seen.add(status);
      }
    }
    return seen;
  }

  /** What the policy knows about one actor and one plan. */
  public record Facts(FirmAccess.Facts firm, PlanStatus status, Set<String> sharedWith) {

    public Facts {
      Objects.requireNonNull(firm, "firm");
      Objects.requireNonNull(status, "status");
      sharedWith = Set.copyOf(sharedWith);
    }
  }

  private final Actor actor;
  private final Facts facts;
  private final FirmAccess firm;

  private PlanAccess(Actor actor, Facts facts) {
    this.actor = Objects.requireNonNull(actor, "actor");
    this.facts = Objects.requireNonNull(facts, "facts");
    this.firm = FirmAccess.of(actor, facts.firm());
  }

  public static PlanAccess of(Actor actor, Facts facts) {
    return new PlanAccess(actor, facts);
  }

  /** A plan is started by the firm's own users. */
  public static Access toDraft(Actor actor, FirmAccess.Facts firm) {
    FirmAccess access = FirmAccess.of(actor, firm);
    return access.toRead().then(() -> access.membersOnly(TEXT.get("plan.draftMembersOnly")));
  }

  /** The deals page lists what was shared with one organisation: a financier who acts for one. */
  public static Access toSeeDeals(Actor actor) {
    return actor.has(Role.FINANCIER) && actor.organisation().isPresent()
        ? Access.allowed(Ground.ROLE)
        : Access.refused(TEXT.get("plan.dealsFinanciersOnly"));
  }

  /** Reading a plan without the firm's consent is an administrator's emergency measure. */
  public static Access toBreakGlass(Actor actor) {
    return Access.onlyFor(actor, Role.ADMIN, TEXT.get("plan.breakGlassAdminOnly"));
  }

  /** Through its firm: the firm's users and guiding advisers (also to comment on it). */
  public Access toReadThroughItsFirm() {
    return firm.toRead();
  }

  /**
   * By the plan's own id: as through its firm, and for a financier of an organisation the firm
   * shared it with, while {@link #financiersSee} allows it.
   */
  public Access toRead() {
    if (!consentedTo()) {
      return firm.toRead();
    }
    if (financiersSee(facts.status())) {
      return Access.allowed(Ground.CONSENT);
    }
    Access throughFirm = firm.toRead();
    return throughFirm.isAllowed()
        ? throughFirm
        : Access.hidden(TEXT.get("plan.endedForFinanciers", facts.status()));
  }

  /** Its contents: the firm's users, and guiding advisers the firm allowed to edit. */
  public Access toRevise() {
    return toReadThroughItsFirm()
        .then(() -> firm.membersOrEditingAdvisers(TEXT.get("plan.changeOwnerOrEditor")));
  }

  /** Submitting, withdrawing, closing, marking funded: the firm's own decisions. */
  public Access toChangeItsStatus() {
    return toReadThroughItsFirm().then(() -> firm.membersOnly(TEXT.get("plan.changeOwnerOnly")));
  }

  /** Consent to show the plan to a financier is given and withdrawn by the firm itself. */
  public Access toManageItsShares() {
    return toReadThroughItsFirm().then(() -> firm.membersOnly(TEXT.get("firm.membersOnly")));
  }

  /**
   * Whether the organisations the plan was shown to can change this actor's answer: only a
   * financier's, so for anyone else {@link Facts#sharedWith} need not be looked up.
   */
  public static boolean turnsOnSharing(Actor actor) {
    return actor.has(Role.FINANCIER) && actor.organisation().isPresent();
  }

  private boolean consentedTo() {
    return turnsOnSharing(actor)
        && actor.organisation().filter(facts.sharedWith()::contains).isPresent();
  }
}
