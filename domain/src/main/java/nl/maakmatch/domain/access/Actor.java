package nl.maakmatch.domain.access;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.maakmatch.matching.firm.Province;

/**
 * Who is acting: the authenticated user's subject, roles and, for advisers and financiers, the
 * region or organisation they act for. Application services decide with it whose data the caller
 * may see or change.
 */
public record Actor(
    String subject, Set<Role> roles, Optional<Province> romRegion, Optional<String> organisation) {

  public Actor {
    Objects.requireNonNull(subject, "subject");
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    Objects.requireNonNull(romRegion, "romRegion");
    Objects.requireNonNull(organisation, "organisation");
  }

  public static Actor firmOwner(String subject) {
    return new Actor(subject, Set.of(Role.FIRM), Optional.empty(), Optional.empty());
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }
}
