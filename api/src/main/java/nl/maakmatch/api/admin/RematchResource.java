package nl.maakmatch.api.admin;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import nl.maakmatch.domain.RecordKind;
import nl.maakmatch.domain.RecordNotFound;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.rematch.RematchRuns;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Re-matching every open plan (submitted, matched or shared) against the catalogue: started by
 * every catalogue change, or by hand; a Jakarta Batch job whose progress is followed here.
 */
@Path("/v1/admin/rematch")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed("admin")
@Tag(name = "Administration")
public class RematchResource {

  /** Runs listed at once: the running one and the latest finished ones. */
  private static final int RECENT = 10;

  @Inject RematchRuns runs;
  @Inject Actor actor;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "The newest re-match runs, newest first, with their progress")
  public List<RematchView> recent() {
    return runs.recent(actor, RECENT).stream().map(RematchView::of).toList();
  }

  @GET
  @Path("/{jobId}")
  @Operation(summary = "One re-match run's progress: plans done of the total, changed, failed")
  public RematchView progress(@PathParam("jobId") UUID jobId) {
    return runs.progress(actor, jobId)
        .map(RematchView::of)
        .orElseThrow(() -> new RecordNotFound(RecordKind.REMATCH, jobId));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Match every open plan again now (a catalogue change does this by itself); a run that"
              + " has not started yet is joined. Firms whose result changes are notified")
  @APIResponseSchema(value = RematchView.class, responseCode = "201")
  public Response start(@NotNull(message = "{maakmatch.required}") @Valid RematchRequest request) {
    UUID jobId = runs.request(actor, request.reason());
    return Response.created(uri.getAbsolutePathBuilder().path(jobId.toString()).build())
        .entity(progress(jobId))
        .build();
  }
}
