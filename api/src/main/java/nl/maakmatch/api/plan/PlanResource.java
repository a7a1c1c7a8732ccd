package nl.maakmatch.api.plan;

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
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import nl.maakmatch.api.HistoryEntry;
import nl.maakmatch.api.Versions;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.deal.DealService;
import nl.maakmatch.domain.deal.DealService.Asked;
import nl.maakmatch.domain.deal.Introduction;
import nl.maakmatch.domain.deal.SharedPart;
import nl.maakmatch.domain.plan.InvestmentPlan;
import nl.maakmatch.domain.plan.PlanComment;
import nl.maakmatch.domain.plan.PlanService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A firm's investment plans and their lifecycle. */
@Path("/v1/firms/{firmId}/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({"firm", "adviser"})
@Tag(name = "Plans", description = "Investment plans of a firm")
public class PlanResource {

  @Inject PlanService plans;
  @Inject DealService deals;
  @Inject Actor actor;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "The firm's plans, oldest first")
  public List<PlanView> list(@PathParam("firmId") UUID firmId) {
    return plans.plansOf(actor, firmId).stream().map(PlanView::of).toList();
  }

  @POST
  @RolesAllowed("firm")
  @Operation(summary = "Start a plan as a draft")
  @APIResponseSchema(value = PlanView.class, responseCode = "201")
  public Response draft(
      @PathParam("firmId") UUID firmId,
      @Parameter(description = IdempotencyKeys.DESCRIPTION) @HeaderParam(IdempotencyKeys.HEADER)
          String idempotencyKey,
      @NotNull(message = "{maakmatch.required}") @Valid PlanRequest request) {
    PlanService.Drafted drafted =
        plans.draft(
            actor, firmId, request.toDetails(), IdempotencyKeys.of(idempotencyKey, request));
    InvestmentPlan plan = drafted.plan();
    Response.ResponseBuilder created =
        Response.created(uri.getAbsolutePathBuilder().path(plan.id().toString()).build())
            .tag(Versions.etag(plan.version()))
            .entity(PlanView.of(plan));
    if (drafted.replayed()) {
      created.header("Idempotent-Replayed", "true");
    }
    return created.build();
  }

  @GET
  @Path("/{planId}")
  @Operation(summary = "One plan")
  @APIResponseSchema(value = PlanView.class, responseCode = "200")
  public Response get(@PathParam("firmId") UUID firmId, @PathParam("planId") UUID planId) {
    return withTag(plans.plan(actor, firmId, planId));
  }

  @PUT
  @Path("/{planId}")
  @Operation(summary = "Change an open plan; If-Match must carry the ETag it was read with")
  @APIResponseSchema(value = PlanView.class, responseCode = "200")
  public Response revise(
      @PathParam("firmId") UUID firmId,
      @PathParam("planId") UUID planId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull(message = "{maakmatch.required}") @Valid PlanRequest request) {
    long expected = Versions.required(ifMatch);
    return withTag(plans.revise(actor, firmId, planId, expected, request.toDetails()));
  }

  @POST
  @RolesAllowed("firm")
  @Path("/{planId}/submit")
  @Operation(summary = "Submit a draft plan for matching")
  @APIResponseSchema(value = PlanView.class, responseCode = "200")
  public Response submit(
      @PathParam("firmId") UUID firmId,
      @PathParam("planId") UUID planId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return withTag(plans.submit(actor, firmId, planId, Versions.optional(ifMatch)));
  }

  @POST
  @RolesAllowed("firm")
  @Path("/{planId}/withdraw")
  @Operation(summary = "Withdraw an open plan; it is kept, never deleted")
  @APIResponseSchema(value = PlanView.class, responseCode = "200")
  public Response withdraw(
      @PathParam("firmId") UUID firmId,
      @PathParam("planId") UUID planId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return withTag(plans.withdraw(actor, firmId, planId, Versions.optional(ifMatch)));
  }

  @POST
  @RolesAllowed("firm")
  @Path("/{planId}/close")
  @Operation(summary = "Close an open plan without financing through MaakMatch")
  @APIResponseSchema(value = PlanView.class, responseCode = "200")
  public Response close(
      @PathParam("firmId") UUID firmId,
      @PathParam("planId") UUID planId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return withTag(plans.close(actor, firmId, planId, Versions.optional(ifMatch)));
  }

  @POST
  @RolesAllowed("firm")
  @Path("/{planId}/funded")
  @Operation(summary = "Record that the plan's financing is arranged")
  @APIResponseSchema(value = PlanView.class, responseCode = "200")
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

  @GET
  @Path("/{planId}/comments")
  @Operation(summary = "Remarks on the plan by the firm and its guiding advisers, oldest first")
  public List<CommentView> comments(
      @PathParam("firmId") UUID firmId, @PathParam("planId") UUID planId) {
    return plans.comments(actor, firmId, planId).stream().map(CommentView::of).toList();
  }

  @POST
  @Path("/{planId}/comments")
  @Operation(summary = "Add a remark to the plan (the firm or a guiding adviser)")
  @APIResponseSchema(value = CommentView.class, responseCode = "201")
  public Response comment(
      @PathParam("firmId") UUID firmId,
      @PathParam("planId") UUID planId,
      @NotNull(message = "{maakmatch.required}") @Valid CommentRequest request) {
    PlanComment comment = plans.comment(actor, firmId, planId, request.text());
    return Response.status(Response.Status.CREATED).entity(CommentView.of(comment)).build();
  }

  @GET
  @Path("/{planId}/shares")
  @RolesAllowed("firm")
  @Operation(
      summary =
          "The financier organisations the plan was introduced to, and withdrawals (see"
              + " /introductions for the whole deal)")
  public List<ShareView> shares(
      @PathParam("firmId") UUID firmId, @PathParam("planId") UUID planId) {
    return deals.ofPlan(actor, firmId, planId).stream()
        .map(l -> ShareView.of(l.introduction()))
        .toList();
  }

  @POST
  @Path("/{planId}/shares")
  @RolesAllowed("firm")
  @Operation(
      summary =
          "Introduce the plan to a financier organisation, sharing the plan and the firm's"
              + " figures (an introduction without instruments or message)")
  @APIResponseSchema(value = ShareView.class, responseCode = "201")
  public Response share(
      @PathParam("firmId") UUID firmId,
      @PathParam("planId") UUID planId,
      @NotNull(message = "{maakmatch.required}") @Valid ShareRequest request) {
    Introduction introduction =
        deals.introduce(
            actor,
            firmId,
            planId,
            new Asked(
                request.organisation(),
                List.of(),
                EnumSet.of(SharedPart.PLAN, SharedPart.FIGURES),
                null));
    return Response.status(Response.Status.CREATED).entity(ShareView.of(introduction)).build();
  }

  @DELETE
  @Path("/{planId}/shares/{organisation}")
  @RolesAllowed("firm")
  @Operation(summary = "Withdraw the open introduction: the organisation no longer sees the plan")
  public Response withdrawShare(
      @PathParam("firmId") UUID firmId,
      @PathParam("planId") UUID planId,
      @PathParam("organisation") String organisation) {
    deals.withdrawFrom(actor, firmId, planId, organisation);
    return Response.noContent().build();
  }

  private static Response withTag(InvestmentPlan plan) {
    return Response.ok(PlanView.of(plan)).tag(Versions.etag(plan.version())).build();
  }
}
