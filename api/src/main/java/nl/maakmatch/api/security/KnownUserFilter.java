package nl.maakmatch.api.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.maakmatch.domain.user.UserDirectory;

/**
 * Notes every authenticated caller in the directory of known users, before any role check, so that
 * a user is known (and reachable by mail, at the address and in the language the token gives) from
 * their first call on; the directory writes each user at most once an hour, or at once when the
 * token says something new. A failed write is logged and does not fail the caller's request.
 */
@Provider
@Priority(Priorities.AUTHORIZATION - 100)
public class KnownUserFilter implements ContainerRequestFilter {

  private static final Logger LOG = Logger.getLogger(KnownUserFilter.class.getName());

  @Inject CallerActor caller;
  @Inject UserDirectory directory;

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getSecurityContext() == null
        || request.getSecurityContext().getUserPrincipal() == null) {
      return;
    }
    caller
        .ifAuthenticated()
        .ifPresent(
            actor -> {
              try {
                directory.seen(actor, caller.userName(), caller.contact());
              } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "event=directory.unwritten", e);
              }
            });
  }
}
