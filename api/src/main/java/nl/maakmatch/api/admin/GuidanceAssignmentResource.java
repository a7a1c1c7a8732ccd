package nl.maakmatch.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import nl.maakmatch.api.firm.GuidanceView;
import nl.maakmatch.api.validation.SingleLine;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.firm.FirmService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrators assign a firm that asked for guidance to a named adviser of its region. */
@Path("/v1/admin/guidance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed("admin")
@Tag(name = "Administration")
public class GuidanceAssignmentResource {

  @Inject FirmService firms;
  @Inject Actor actor;

  @PUT
  @Path("/{firmId}/adviser")
  @Operation(
      summary =
          "Assign a firm's guidance to a known adviser of the ROM of its region (422 for anyone"
              + " else)")
  public GuidanceView assign(
      @PathParam("firmId") UUID firmId,
      @NotNull(message = "{maakmatch.required}") @Valid Assignment request) {
    return GuidanceView.of(firms.assignAdviser(actor, firmId, request.adviser()));
  }

  /** The adviser's user id (the token subject), as the directory of known users has it. */
  public record Assignment(
      @NotBlank(message = "{maakmatch.required}")
          @Size(max = 200, message = "{maakmatch.tooLong}")
          @SingleLine
          String adviser) {}
}
