package nl.maakmatch.api.deal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import nl.maakmatch.api.plan.PlanView;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.deal.DealService;
import nl.maakmatch.domain.plan.PlanService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What a financier sees: the plans firms introduced to its organisation, sharing the plan, until
 * the firm withdraws. The introductions themselves, with answers and offers, are under
 * /introductions.
 */
@Path("/v1/deals")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed("financier")
@Tag(name = "Deals", description = "Plans shared with a financier's organisation")
public class DealResource {

  @Inject PlanService plans;
  @Inject DealService deals;
  @Inject Actor actor;

  @GET
  @Operation(summary = "The plans shared with the caller's organisation, newest first")
  public List<PlanView> deals() {
    return deals.showingPlans(actor).stream().map(PlanView::of).toList();
  }

  @GET
  @Path("/{planId}")
  @Operation(summary = "One shared plan; gone as soon as the firm withdraws its consent")
  public PlanView deal(@PathParam("planId") UUID planId) {
    return PlanView.of(plans.plan(actor, planId));
  }
}
