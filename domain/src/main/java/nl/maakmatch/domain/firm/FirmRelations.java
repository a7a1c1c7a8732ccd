package nl.maakmatch.domain.firm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import nl.maakmatch.domain.access.Actor;

/** Gathers the facts {@link FirmAccess} decides by: membership and the firm's active guidance. */
@ApplicationScoped
public class FirmRelations {

  @Inject FirmMembers members;
  @Inject Guidances guidances;

  public FirmAccess.Facts between(Actor actor, UUID firmId) {
    return new FirmAccess.Facts(
        members.isMember(firmId, actor.subject()),
        guidances.ofFirm(firmId).flatMap(Guidance::terms));
  }
}
