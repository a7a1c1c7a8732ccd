package nl.maakmatch.api.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.maakmatch.api.Versions;
import nl.maakmatch.api.problem.InvalidInput;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.webhook.Webhook;
import nl.maakmatch.domain.webhook.WebhookService;
import nl.maakmatch.domain.webhook.WebhookSettingRejected;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where a financier organisation's events are posted, signed with its secret: set and stopped by
 * its financiers, read by them and by administrators (who cannot redirect an organisation's data).
 * Others are refused (403). A path of its own, so that {@code /v1/organisations/{code}} stays with
 * {@link OrganisationResource}.
 */
@Path("/v1/organisations/{code}/webhook")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Webhooks", description = "A financier's own system told of every event")
public class WebhookResource {

  @Inject WebhookService webhooks;
  @Inject Actor actor;
  @Context UriInfo uri;

  @GET
  @RolesAllowed({"financier", "admin"})
  @Operation(summary = "The organisation's webhook and how its deliveries go (never its secret)")
  @APIResponseSchema(value = WebhookView.class, responseCode = "200")
  public Response webhook(@PathParam("code") String code) {
    return answer(Response.ok(), webhooks.webhook(actor, code));
  }

  @PUT
  @RolesAllowed("financier")
  @Operation(
      summary =
          "Post every event of the organisation to this https address, signed with this secret"
              + " (its financiers); If-Match optional")
  @APIResponseSchema(value = WebhookView.class, responseCode = "200")
  public Response set(
      @PathParam("code") String code,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull(message = "{maakmatch.required}") @Valid WebhookRequest request) {
    Long expected = Versions.optional(ifMatch);
    WebhookService.Setting setting;
    try {
      setting = webhooks.set(actor, code, expected, request.url(), request.secret());
    } catch (WebhookSettingRejected rejected) {
      throw new InvalidInput(rejected.field(), rejected.explanation());
    }
    return answer(
        setting.created() ? Response.created(uri.getAbsolutePath()) : Response.ok(),
        setting.webhook());
  }

  @DELETE
  @RolesAllowed("financier")
  @Operation(summary = "Stop posting the organisation's events (its financiers); If-Match optional")
  public Response stop(
      @PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    webhooks.remove(actor, code, Versions.optional(ifMatch));
    return Response.noContent().build();
  }

  private static Response answer(Response.ResponseBuilder response, Webhook webhook) {
    return response.entity(WebhookView.of(webhook)).tag(Versions.etag(webhook.version())).build();
  }
}
