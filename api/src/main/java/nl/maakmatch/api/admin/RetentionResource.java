package nl.maakmatch.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.privacy.RetentionSweep;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The retention period applied now: introductions and documents of plans that ended longer ago than
 * {@code maakmatch.retention.years} are erased. It also runs daily on its own.
 */
@Path("/v1/admin/retention")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed("admin")
@Tag(name = "Administration")
public class RetentionResource {

  @Inject RetentionSweep sweep;
  @Inject Actor actor;

  @POST
  @Operation(
      summary =
          "Apply the retention period now: erase the introductions and documents of plans ended"
              + " longer ago than maakmatch.retention.years (audited per plan); returns what was"
              + " erased")
  public RetentionSweep.Report runNow() {
    return sweep.runNow(actor);
  }
}
