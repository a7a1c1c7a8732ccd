package nl.maakmatch.api.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.maakmatch.api.Languages;
import nl.maakmatch.api.problem.InvalidInput;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.notification.NotificationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's own notifications: what they are asked to act on, in the language they ask for. The
 * same events also reach them by mail when their address is known.
 */
@Path("/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({"firm", "adviser", "financier", "admin"})
@Tag(name = "Notifications", description = "What the signed-in user is asked to act on")
public class NotificationResource {

  static final int DEFAULT_LIMIT = 50;

  @Inject NotificationService notifications;
  @Inject Actor actor;
  @Context HttpHeaders headers;

  @GET
  @Operation(
      summary =
          "The caller's notifications, unread first, then newest first (limit: 1 to 200, default"
              + " 50)")
  public List<NotificationView> mine(
      @QueryParam("limit") @DefaultValue("" + DEFAULT_LIMIT) int limit) {
    InvalidInput.pageSize("limit", limit, NotificationService.MAX_LIMIT);
    Locale language = Languages.of(headers);
    return notifications.mine(actor, limit).stream()
        .map(n -> NotificationView.of(n, language))
        .toList();
  }

  @POST
  @Path("/{id}/read")
  @Operation(summary = "Mark one of the caller's notifications read")
  public Response markRead(@PathParam("id") UUID id) {
    notifications.markRead(actor, id);
    return Response.noContent().build();
  }

  @POST
  @Path("/read")
  @Operation(summary = "Mark all the caller's notifications read")
  public Response markAllRead() {
    notifications.markAllRead(actor);
    return Response.noContent().build();
  }
}
