package nl.maakmatch.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import nl.maakmatch.api.plan.PlanView;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.plan.PlanService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An administrator reads a plan only with a stated reason, written to the audit log that the firm
 * itself can read.
 */
@Path("/v1/admin/break-glass")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed("admin")
@Tag(name = "Administration")
public class BreakGlassResource {

  @Inject PlanService plans;
  @Inject Actor actor;

  @POST
  @Path("/plans/{planId}")
  @Operation(summary = "Read a plan's contents with a logged reason (break-glass, audited)")
  public PlanView readPlan(
      @PathParam("planId") UUID planId,
      @NotNull(message = "{maakmatch.required}") @Valid Reason request) {
    return PlanView.of(plans.breakGlass(actor, planId, request.reason()));
  }

  /** Why the administrator needs to read the plan. */
  public record Reason(
      @NotBlank(message = "{maakmatch.required}")
          @Size(min = 10, max = 1000, message = "{maakmatch.reasonLength}")
          String reason) {}
}
