package nl.maakmatch.domain.casefile;

import static nl.maakmatch.domain.DomainMessages.TEXT;

import nl.maakmatch.domain.access.Access;
import nl.maakmatch.domain.access.Access.Ground;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.access.Role;
import nl.maakmatch.domain.firm.FirmAccess;

/**
 * A case file is the guiding ROM's: its advisers read and write notes in it. The firm knows its own
 * file exists but does not read the ROM's notes; anyone else does not learn the firm exists.
 */
public final class CaseFileAccess {

  private CaseFileAccess() {}

  public static Access toKeep(Actor actor, FirmAccess.Facts firm) {
    FirmAccess access = FirmAccess.of(actor, firm);
    return access
        .toRead()
        .then(
            () ->
                actor.has(Role.ADVISER) && actor.romRegion().isPresent() && !firm.member()
                    ? Access.allowed(Ground.GUIDANCE)
                    : Access.refused(TEXT.get("casefile.romOnly")));
  }
}
