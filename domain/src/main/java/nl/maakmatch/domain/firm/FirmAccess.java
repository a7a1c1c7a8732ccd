package nl.maakmatch.domain.firm;

import static nl.maakmatch.domain.DomainMessages.TEXT;

import java.util.Objects;
import java.util.Optional;
import nl.maakmatch.domain.access.Access;
import nl.maakmatch.domain.access.Access.Ground;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.access.Role;
import nl.maakmatch.matching.firm.Province;
import nl.maakmatch.matching.text.Message;

/**
 * Who may see and do what with a firm, decided from plain facts: whether the actor acts for the
 * firm, and the firm's active guidance. A firm is its members' business and, while it asked for
 * guidance, that of the advisers guiding it; to anyone else it does not exist.
 */
public final class FirmAccess {

  /** What the policy knows about one actor and one firm. */
  public record Facts(boolean member, Optional<GuidanceTerms> guidance) {

    public Facts {
      Objects.requireNonNull(guidance, "guidance");
    }

    public static Facts ofMember() {
      return new Facts(true, Optional.empty());
    }

    public static Facts ofStranger() {
      return new Facts(false, Optional.empty());
    }

    public Facts guidedBy(GuidanceTerms terms) {
      return new Facts(member, Optional.of(terms));
    }
  }

  /**
   * An active guidance: the region whose ROM advisers guide the firm, the adviser an administrator
   * assigned by name (if any), and whether the firm lets them edit its plans.
   */
  public record GuidanceTerms(
      Province region, Optional<String> assignedAdviser, boolean editGranted) {

    public GuidanceTerms {
      Objects.requireNonNull(region, "region");
      Objects.requireNonNull(assignedAdviser, "assignedAdviser");
    }

    /** An adviser of the region's ROM, or the one assigned by name. */
    public boolean admits(Actor actor) {
      return actor.has(Role.ADVISER)
          && (actor.romRegion().filter(region::equals).isPresent()
              || assignedAdviser.filter(actor.subject()::equals).isPresent());
    }
  }

  private final Actor actor;
  private final Facts facts;

  private FirmAccess(Actor actor, Facts facts) {
    this.actor = Objects.requireNonNull(actor, "actor");
    this.facts = Objects.requireNonNull(facts, "facts");
  }

  public static FirmAccess of(Actor actor, Facts facts) {
    return new FirmAccess(actor, facts);
  }

  public static Access toRegister(Actor actor) {
    return Access.onlyFor(actor, Role.FIRM, TEXT.get("firm.registerFirmOwnersOnly"));
  }

  public static Access toJoin(Actor actor) {
    return Access.onlyFor(actor, Role.FIRM, TEXT.get("firm.joinFirmUsersOnly"));
  }

  public static Access toAssignAdvisers(Actor actor) {
    return Access.onlyFor(actor, Role.ADMIN, TEXT.get("firm.assignAdminOnly"));
  }

  public static Access toKeepACaseload(Actor actor) {
    return Access.onlyFor(actor, Role.ADVISER, TEXT.get("firm.caseloadAdvisersOnly"));
  }

  /** Its members, and the advisers guiding it; anyone else does not learn that it exists. */
  public Access toRead() {
    if (facts.member()) {
      return Access.allowed(Ground.MEMBER);
    }
    if (isGuiding()) {
      return Access.allowed(Ground.GUIDANCE);
    }
    return Access.hidden(TEXT.get("firm.notVisible"));
  }

  /** A firm's figures are changed by its own users only. */
  public Access toChangeDetails() {
    return toRead().then(() -> membersOnly(TEXT.get("firm.changeMembersOnly")));
  }

  /**
   * What only the firm decides (invitations, guidance, its audit log, sharing its plans): its own
   * users; an adviser who sees the firm is refused, anyone else does not see it.
   */
  public Access toActForTheFirm() {
    return toRead().then(() -> membersOnly(TEXT.get("firm.membersOnly")));
  }

  /**
   * Erasing the firm and all it holds is for the owner who registered it, or an administrator
   * acting on a request; its other users and its advisers are refused, anyone else does not see it.
   */
  public Access toErase(String ownerSubject) {
    if (actor.has(Role.ADMIN)) {
      return Access.allowed(Ground.ROLE);
    }
    return toActForTheFirm()
        .then(
            () ->
                actor.subject().equals(ownerSubject)
                    ? Access.allowed(Ground.MEMBER)
                    : Access.refused(TEXT.get("firm.eraseOwnerOnly")));
  }

  /** Its own users, and the guiding advisers if the firm let them edit its plans. */
  public Access membersOrEditingAdvisers(Message refusal) {
    if (facts.member()) {
      return Access.allowed(Ground.MEMBER);
    }
    if (isGuiding() && facts.guidance().orElseThrow().editGranted()) {
      return Access.allowed(Ground.GUIDANCE);
    }
    return Access.refused(refusal);
  }

  /** The firm's own users; anyone else is refused with the reason. */
  public Access membersOnly(Message refusal) {
    return facts.member() ? Access.allowed(Ground.MEMBER) : Access.refused(refusal);
  }

  private boolean isGuiding() {
    return facts.guidance().filter(g -> g.admits(actor)).isPresent();
  }
}
