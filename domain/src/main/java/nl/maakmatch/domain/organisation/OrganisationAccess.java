package nl.maakmatch.domain.organisation;

import static nl.maakmatch.domain.DomainMessages.TEXT;

import nl.maakmatch.domain.access.Access;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.access.Role;

/** Everyone may read the register of organisations; administrators keep it. */
public final class OrganisationAccess {

  private OrganisationAccess() {}

  public static Access toKeepTheRegister(Actor actor) {
    return Access.onlyFor(actor, Role.ADMIN, TEXT.get("organisation.adminOnly"));
  }

  /** An organisation's response-time promise is its own financiers' to make, or the admin's. */
  public static Access toKeepItsPromise(Actor actor, String code) {
    if (actor.has(Role.ADMIN)
        || (actor.has(Role.FINANCIER) && actor.organisation().filter(code::equals).isPresent())) {
      return Access.allowed(Access.Ground.ROLE);
    }
    return Access.refused(TEXT.get("organisation.promiseMembersOnly"));
  }
}
