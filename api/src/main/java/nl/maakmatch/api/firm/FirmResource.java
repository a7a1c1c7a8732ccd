package nl.maakmatch.api.firm;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.maakmatch.api.HistoryEntry;
import nl.maakmatch.api.Languages;
import nl.maakmatch.api.Versions;
import nl.maakmatch.api.problem.InvalidInput;
import nl.maakmatch.api.problem.ProblemMessages;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.firm.Firm;
import nl.maakmatch.domain.firm.FirmService;
import nl.maakmatch.domain.firm.KvkNumber;
import nl.maakmatch.domain.firm.Registration;
import nl.maakmatch.domain.privacy.FirmErasure;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Firms, registered and kept up to date by their owners. */
@Path("/v1/firms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed("firm")
@Tag(name = "Firms", description = "MKB firms and their figures")
public class FirmResource {

  @Inject FirmService firms;
  @Inject FirmErasure erasure;
  @Inject Actor actor;
  @Inject Clock clock;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @POST
  @Operation(
      summary =
          "Register a firm; it belongs to the caller (201). A KVK number that is registered"
              + " already asks the firm's owner to invite the caller instead (202)")
  @APIResponseSchema(value = FirmView.class, responseCode = "201")
  @APIResponse(
      responseCode = "202",
      description = "A firm with this KVK number exists: its members were asked to let you join",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = JoinRequestedView.class)))
  public Response register(@NotNull(message = "{maakmatch.required}") @Valid FirmRequest request) {
    Registration registration =
        firms.register(actor, new KvkNumber(request.kvkNumber()), request.toDetails());
    if (registration instanceof Registration.JoinRequested joinRequested) {
      return Response.accepted(JoinRequestedView.of(joinRequested, Languages.of(headers))).build();
    }
    Firm firm = registration.registered().orElseThrow();
    return Response.created(uri.getAbsolutePathBuilder().path(firm.id().toString()).build())
        .tag(Versions.etag(firm.version()))
        .entity(view(firm))
        .build();
  }

  @GET
  @Operation(summary = "The caller's own firms")
  public List<FirmView> mine() {
    return firms.firmsOf(actor).stream().map(this::view).toList();
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({"firm", "adviser"})
  @Operation(summary = "One firm, with its size class and why (its owner, or a guiding adviser)")
  @APIResponseSchema(value = FirmView.class, responseCode = "200")
  public Response get(@PathParam("id") UUID id) {
    Firm firm = firms.firm(actor, id);
    return Response.ok(view(firm)).tag(Versions.etag(firm.version())).build();
  }

  @PUT
  @Path("/{id}")
  @Operation(summary = "Update a firm's details; If-Match must carry the ETag it was read with")
  @APIResponseSchema(value = FirmView.class, responseCode = "200")
  public Response revise(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull(message = "{maakmatch.required}") @Valid FirmRequest request) {
    long expected = Versions.required(ifMatch);
    Firm current = firms.firm(actor, id);
    if (!current.kvkNumber().value().equals(request.kvkNumber())) {
      throw new InvalidInput("kvkNumber", ProblemMessages.TEXT.get("input.kvkFixed"));
    }
    Firm firm = firms.revise(actor, id, expected, request.toDetails());
    return Response.ok(view(firm)).tag(Versions.etag(firm.version())).build();
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed({"firm", "admin"})
  @Operation(
      summary =
          "Erase the firm (GDPR art. 17): the firm, its plans, matches, introductions, messages,"
              + " documents and history are removed at once and financiers lose access; the audit"
              + " log keeps who did what when, without content. The firm's owner who registered"
              + " it, or an administrator; irreversible")
  @APIResponseSchema(value = FirmErasure.Erased.class, responseCode = "200")
  public FirmErasure.Erased erase(@PathParam("id") UUID id) {
    return erasure.erase(actor, id);
  }

  @GET
  @Path("/{id}/history")
  @RolesAllowed({"firm", "adviser"})
  @Operation(summary = "Every change to the firm, oldest first")
  public List<HistoryEntry> history(@PathParam("id") UUID id) {
    return firms.history(actor, id).stream().map(HistoryEntry::of).toList();
  }

  @PUT
  @Path("/{id}/guidance")
  @Operation(
      summary =
          "Ask the ROM of the firm's region for guidance; its advisers then see the firm and,"
              + " when editGranted, may edit its plans")
  public GuidanceView requestGuidance(
      @PathParam("id") UUID id,
      @NotNull(message = "{maakmatch.required}") @Valid GuidanceRequest request) {
    return GuidanceView.of(firms.requestGuidance(actor, id, request.editGranted()));
  }

  @DELETE
  @Path("/{id}/guidance")
  @Operation(summary = "End the guidance: the advisers no longer see the firm")
  public Response endGuidance(@PathParam("id") UUID id) {
    firms.endGuidance(actor, id);
    return Response.noContent().build();
  }

  @POST
  @Path("/{id}/invitations")
  @Operation(
      summary =
          "Invite another user to act for the firm: returns a one-time code, valid for 7 days,"
              + " to pass on yourself")
  @APIResponseSchema(value = FirmService.Invitation.class, responseCode = "201")
  public Response invite(@PathParam("id") UUID id) {
    return Response.status(Response.Status.CREATED).entity(firms.invite(actor, id)).build();
  }

  @POST
  @Path("/join")
  @Operation(summary = "Join a firm with an invitation code from one of its users")
  @APIResponseSchema(value = FirmView.class, responseCode = "200")
  public Response join(@NotNull(message = "{maakmatch.required}") @Valid JoinRequest request) {
    Firm firm = firms.join(actor, new KvkNumber(request.kvkNumber()), request.code());
    return Response.ok(view(firm)).tag(Versions.etag(firm.version())).build();
  }

  @GET
  @Path("/{id}/audit")
  @Operation(summary = "Who did what with the firm's data, oldest first (the owner only)")
  public List<AuditView> audit(@PathParam("id") UUID id) {
    return firms.auditOf(actor, id).stream().map(AuditView::of).toList();
  }

  private FirmView view(Firm firm) {
    return FirmView.of(firm, LocalDate.now(clock), Languages.of(headers));
  }
}
