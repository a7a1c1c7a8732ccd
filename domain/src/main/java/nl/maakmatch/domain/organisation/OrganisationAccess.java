package nl.maakmatch.domain.organisation;

import static nl.maakmatch.domain.DomainMessages.TEXT;

import java.util.Objects;
import nl.maakmatch.domain.access.Access;
import nl.maakmatch.domain.access.Access.Ground;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.access.Role;
import nl.maakmatch.matching.text.Messages;

/**
 * Everyone may read the register of organisations; administrators keep it. An organisation's own
 * records (its event log, where its events are posted) belong to its members: the financiers whose
 * token names it as their organisation.
 *
 * <p>Non-members are refused (403), not told "not found": the register is public, so the
 * organisation's existence is no secret, and a refusal tells a financier who signed in with the
 * wrong account what is wrong. The refusal comes before any lookup, so the answer is the same for a
 * code that is not in the register.
 */
public final class OrganisationAccess {

  /** This policy's texts, in a bundle of their own. */
  private static final Messages MEMBERSHIP =
      Messages.in("nl.maakmatch.domain.organisation.messages");

  private OrganisationAccess() {}

  public static Access toKeepTheRegister(Actor actor) {
    return Access.onlyFor(actor, Role.ADMIN, TEXT.get("organisation.adminOnly"));
  }

  /** An organisation's response-time promise is its own financiers' to make, or the admin's. */
  public static Access toKeepItsPromise(Actor actor, String code) {
    if (actor.has(Role.ADMIN) || isMember(actor, code)) {
      return Access.allowed(Ground.ROLE);
    }
    return Access.refused(TEXT.get("organisation.promiseMembersOnly"));
  }

  /**
   * To act for the organisation (set or stop where its events are posted): its members only. An
   * administrator may not: where an organisation's data goes is its own decision. To stop an
   * organisation's deliveries, an administrator deactivates it in the register.
   */
  public static Access toActFor(Actor actor, String code) {
    Objects.requireNonNull(code, "code");
    return isMember(actor, code)
        ? Access.allowed(Ground.MEMBER)
        : Access.refused(MEMBERSHIP.get("organisation.membersOnly", code));
  }

  /**
   * To read the organisation's records (its event log, its webhook's delivery state): its members,
   * and administrators, who support them.
   */
  public static Access toReadTheRecordsOf(Actor actor, String code) {
    Objects.requireNonNull(code, "code");
    if (isMember(actor, code)) {
      return Access.allowed(Ground.MEMBER);
    }
    if (actor.has(Role.ADMIN)) {
      return Access.allowed(Ground.ROLE);
    }
    return Access.refused(MEMBERSHIP.get("organisation.membersAndAdministratorsOnly", code));
  }

  /** A financier whose token names this organisation. */
  private static boolean isMember(Actor actor, String code) {
    return actor.has(Role.FINANCIER) && actor.organisation().filter(code::equals).isPresent();
  }
}
