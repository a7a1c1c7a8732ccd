package nl.maakmatch.api.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.access.Role;
import nl.maakmatch.domain.user.Contact;
import nl.maakmatch.matching.firm.Province;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of this request as the application layer sees it, from the verified token. */
@RequestScoped
public class CallerActor {

  @Inject JsonWebToken token;

  // dependent scope (records cannot be proxied): resources are request-scoped anyway
  @Produces
  Actor actor() {
    return ifAuthenticated()
        .orElseThrow(() -> new NotAuthorizedException("Bearer realm=\"maakmatch\""));
  }

  /** The caller, when the request carries a verified token. */
  public Optional<Actor> ifAuthenticated() {
    if (token == null || token.getSubject() == null) {
      return Optional.empty();
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    Set<String> groups = token.getGroups() == null ? Set.of() : token.getGroups();
    for (Role role : Role.values()) {
      if (groups.contains(role.claim())) {
        roles.add(role);
      }
    }
    return Optional.of(
        new Actor(
            token.getSubject(),
            roles,
            claim("rom_region").flatMap(CallerActor::province),
            claim("organisation")));
  }

  /** The name the caller signs in with, if the token says it. */
  public Optional<String> userName() {
    return token == null ? Optional.empty() : claim("preferred_username");
  }

  /**
   * How to reach the caller, as far as the token says: claims {@code email} and {@code locale}
   * (Keycloak's profile and email scopes; {@code locale} only once the user chose a language).
   */
  public Contact contact() {
    return token == null ? Contact.UNKNOWN : Contact.fromClaims(claim("email"), claim("locale"));
  }

  private Optional<String> claim(String name) {
    Object value = token.getClaim(name);
    return value == null ? Optional.empty() : Optional.of(String.valueOf(value).replace("\"", ""));
  }

  private static Optional<Province> province(String code) {
    try {
      return Optional.of(Province.valueOf(code));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
