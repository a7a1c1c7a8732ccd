package nl.maakmatch.api.deal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.maakmatch.api.Languages;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.deal.DealService;
import nl.maakmatch.domain.deal.DealService.Asked;
import nl.maakmatch.domain.deal.DealService.Listed;
import nl.maakmatch.domain.deal.Introduction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A firm introduces its submitted plan to financier organisations, one introduction each. */
@Path("/v1/firms/{firmId}/plans/{planId}/introductions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({"firm", "adviser"})
@Tag(name = "Introductions", description = "Plans introduced to financiers, answers and offers")
public class PlanIntroductionResource {

  @Inject DealService deals;
  @Inject Actor actor;
  @Inject Clock clock;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @POST
  @Operation(
      summary =
          "Introduce the plan to one financier organisation, sharing exactly the parts named;"
              + " one open introduction per plan and organisation")
  @APIResponseSchema(value = IntroductionView.class, responseCode = "201")
  public Response introduce(
      @PathParam("firmId") UUID firmId,
      @PathParam("planId") UUID planId,
      @NotNull(message = "{maakmatch.required}") @Valid IntroductionRequest request) {
    Introduction introduction =
        deals.introduce(
            actor,
            firmId,
            planId,
            new Asked(
                request.organisation(),
                request.instruments(),
                EnumSet.copyOf(request.share()),
                request.message()));
    return Response.created(
            uri.getBaseUriBuilder().path("v1/introductions/{id}").build(introduction.id()))
        .entity(
            IntroductionView.of(
                new Listed(introduction, deals.partyOf(actor, introduction), Optional.empty()),
                OffsetDateTime.now(clock),
                Languages.of(headers)))
        .build();
  }

  @GET
  @Operation(summary = "The plan's introductions, ended ones too, oldest first")
  public List<IntroductionView> list(
      @PathParam("firmId") UUID firmId, @PathParam("planId") UUID planId) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    Locale locale = Languages.of(headers);
    return deals.ofPlan(actor, firmId, planId).stream()
        .map(l -> IntroductionView.of(l, now, locale))
        .toList();
  }
}
