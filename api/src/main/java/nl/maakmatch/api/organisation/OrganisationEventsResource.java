package nl.maakmatch.api.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.maakmatch.api.problem.InvalidInput;
import nl.maakmatch.api.problem.ProblemMessages;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.webhook.PublishedEvent;
import nl.maakmatch.domain.webhook.PublishedEvents;
import nl.maakmatch.domain.webhook.WebhookService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An organisation's event log, to replay what its webhook delivered or missed: each event in the
 * same shape as a webhook's body, in id order. A full page links to the next in {@code Link: <…>;
 * rel="next"}; a client keeps the last id it processed and asks for what came after.
 */
@Path("/v1/organisations/{code}/events")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Webhooks", description = "A financier's own system told of every event")
public class OrganisationEventsResource {

  @Inject WebhookService webhooks;
  @Inject Actor actor;
  @Context UriInfo uri;

  @GET
  @RolesAllowed({"financier", "admin"})
  @Operation(
      summary =
          "The organisation's events after id `after` (default 0), oldest first, `limit` at a"
              + " time (default 100, at most 500); its financiers and administrators")
  @APIResponse(
      responseCode = "200",
      description = "The events, oldest first; a `Link: <…>; rel=\"next\"` header when more follow",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = PublishedEvent.class)))
  public Response events(
      @PathParam("code") String code,
      @QueryParam("after") String after,
      @QueryParam("limit") String limit) {
    long from = after(after);
    int size = limit(limit);
    List<PublishedEvent> events = webhooks.events(actor, code, from, size);
    Response.ResponseBuilder response = Response.ok(events);
    if (events.size() == size) {
      long last = events.get(events.size() - 1).id();
      response.link(
          uri.getAbsolutePathBuilder().queryParam("after", last).queryParam("limit", size).build(),
          "next");
    }
    return response.build();
  }

  /** The id to read after: 0 or more, 0 when absent. */
  private static long after(String text) {
    long after = wholeNumber(text, 0);
    if (after < 0) {
      throw new InvalidInput("after", ProblemMessages.TEXT.get("input.page"));
    }
    return after;
  }

  /** How many to read: 1 to the most one read returns, the default page when absent. */
  private static int limit(String text) {
    return InvalidInput.pageSize(
        "limit", wholeNumber(text, PublishedEvents.DEFAULT_PAGE), PublishedEvents.MAX_PAGE);
  }

  /** The number, {@code absent} when there is none, or -1 for what is not a whole number. */
  private static long wholeNumber(String text, long absent) {
    if (text == null || text.isBlank()) {
      return absent;
    }
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
