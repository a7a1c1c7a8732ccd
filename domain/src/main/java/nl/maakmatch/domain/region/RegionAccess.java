package nl.maakmatch.domain.region;

import static nl.maakmatch.domain.DomainMessages.TEXT;

import java.util.Objects;
import nl.maakmatch.domain.access.Access;
import nl.maakmatch.domain.access.Access.Ground;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.access.Role;
import nl.maakmatch.matching.firm.Province;

/**
 * Who may see figures over a whole region's plans: the advisers of that region's ROM, whose work is
 * the region's firms, and administrators. The figures are sums, never one firm's plan, but they are
 * still the region's business only.
 */
public final class RegionAccess {

  private RegionAccess() {}

  public static Access toSeeTheWhatIf(Actor actor, Province region) {
    Objects.requireNonNull(region, "region");
    if (actor.has(Role.ADMIN)) {
      return Access.allowed(Ground.ROLE);
    }
    if (actor.has(Role.ADVISER) && actor.romRegion().filter(region::equals).isPresent()) {
      return Access.allowed(Ground.ROLE);
    }
    return Access.refused(TEXT.get("region.romAdvisersOnly"));
  }
}
