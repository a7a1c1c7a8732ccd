package nl.maakmatch.api.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import java.util.UUID;
import nl.maakmatch.api.HistoryEntry;
import nl.maakmatch.api.Versions;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.plan.InvestmentPlan;
import nl.maakmatch.domain.plan.PlanService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A firm's investment plans and their lifecycle. */
@Path("/v1/firms/{firmId}/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed("firm")
@Tag(name = "Plans", description = "Investment plans of a firm")
public class PlanResource {

  @Inject PlanService plans;
  @Inject Actor actor;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "The firm's plans, oldest first")
  public List<PlanView> list(@PathParam("firmId") UUID firmId) {
    return plans.plansOf(actor, firmId).stream().map(PlanView::of).toList();
  }

  @POST
  @Operation(summary = "Start a plan as a draft")
  public Response draft(
      @PathParam("firmId") UUID firmId,
      @NotNull(message = "{maakmatch.required}") @Valid PlanRequest request) {
    InvestmentPlan plan = plans.draft(actor, firmId, request.toDetails());
    return Response.created(uri.getAbsolutePathBuilder().path(plan.id().toString()).build())
        .tag(Versions.etag(plan.version()))
        .entity(PlanView.of(plan))
        .build();
  }

  @GET
  @Path("/{planId}")
  @Operation(summary = "One plan")
  public Response get(@PathParam("firmId") UUID firmId, @PathParam("planId") UUID planId) {
    return withTag(plans.plan(actor, firmId, planId));
  }

  @PUT
  @Path("/{planId}")
  @Operation(summary = "Change an open plan; If-Match must carry the ETag it was read with")
  public Response revise(
      @PathParam("firmId") UUID firmId,
      @PathParam("planId") UUID planId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull(message = "{maakmatch.required}") @Valid PlanRequest request) {
    long expected = Versions.required(ifMatch);
    return withTag(plans.revise(actor, firmId, planId, expected, request.toDetails()));
  }

  @POST
  @Path("/{planId}/submit")
  @Operation(summary = "Submit a draft plan for matching")
  public Response submit(
      @PathParam("firmId") UUID firmId,
      @PathParam("planId") UUID planId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return withTag(plans.submit(actor, firmId, planId, Versions.optional(ifMatch)));
  }

  @POST
  @Path("/{planId}/withdraw")
  @Operation(summary = "Withdraw an open plan; it is kept, never deleted")
  public Response withdraw(
      @PathParam("firmId") UUID firmId,
      @PathParam("planId") UUID planId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return withTag(plans.withdraw(actor, firmId, planId, Versions.optional(ifMatch)));
  }

  @POST
  @Path("/{planId}/close")
  @Operation(summary = "Close an open plan without financing through MaakMatch")
  public Response close(
      @PathParam("firmId") UUID firmId,
      @PathParam("planId") UUID planId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return withTag(plans.close(actor, firmId, planId, Versions.optional(ifMatch)));
  }

  @POST
  @Path("/{planId}/funded")
  @Operation(summary = "Record that the plan's financing is arranged")
  public Response funded(
      @PathParam("firmId") UUID firmId,
      @PathParam("planId") UUID planId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return withTag(plans.markFunded(actor, firmId, planId, Versions.optional(ifMatch)));
  }

  @GET
  @Path("/{planId}/history")
  @Operation(summary = "Every change to the plan, oldest first")
  public List<HistoryEntry> history(
      @PathParam("firmId") UUID firmId, @PathParam("planId") UUID planId) {
    return plans.history(actor, firmId, planId).stream().map(HistoryEntry::of).toList();
  }

  private static Response withTag(InvestmentPlan plan) {
    return Response.ok(PlanView.of(plan)).tag(Versions.etag(plan.version())).build();
  }
}
