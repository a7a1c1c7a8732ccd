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
}
