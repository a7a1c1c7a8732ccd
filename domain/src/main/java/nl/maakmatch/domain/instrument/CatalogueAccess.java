package nl.maakmatch.domain.instrument;

import static nl.maakmatch.domain.DomainMessages.TEXT;

import nl.maakmatch.domain.access.Access;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.access.Role;

/**
 * Everyone, signed in or not, may read the catalogue; administrators keep it: they define, edit,
 * close and reopen instruments and import catalogue files. Matches depend on every definition, so
 * no firm, adviser or financier may change one, not even an instrument their organisation runs.
 */
public final class CatalogueAccess {

  private CatalogueAccess() {}

  public static Access toKeepTheCatalogue(Actor actor) {
    return Access.onlyFor(actor, Role.ADMIN, TEXT.get("instrument.adminOnly"));
  }
}
