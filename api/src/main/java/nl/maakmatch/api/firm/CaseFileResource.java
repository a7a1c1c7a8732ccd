package nl.maakmatch.api.firm;

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
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.maakmatch.api.Languages;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.casefile.CaseFileService;
import nl.maakmatch.domain.casefile.CaseNote;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The guiding ROM's case file on a firm; never shown to the firm or to financiers. (Its own root
 * under the firm's path: a root at the firm's path itself would hide the firm's other resources.)
 */
@Path("/v1/firms/{firmId}/case-file")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed("adviser")
@Tag(name = "Advisers", description = "ROM advisers and the firms they guide")
public class CaseFileResource {

  @Inject CaseFileService caseFiles;
  @Inject Actor actor;
  @Inject Clock clock;
  @Context HttpHeaders headers;

  @GET
  @Operation(
      summary =
          "The case file: the firm's plans, their introductions and the notes of the caller's ROM")
  public CaseFileView caseFile(@PathParam("firmId") UUID firmId) {
    return CaseFileView.of(
        caseFiles.caseFile(actor, firmId), OffsetDateTime.now(clock), Languages.of(headers));
  }

  @POST
  @Path("/notes")
  @Operation(summary = "A note in the case file, for the advisers of the caller's ROM only")
  @APIResponseSchema(value = CaseFileView.NoteView.class, responseCode = "201")
  public Response note(
      @PathParam("firmId") UUID firmId,
      @NotNull(message = "{maakmatch.required}") @Valid NoteRequest request) {
    CaseNote note = caseFiles.write(actor, firmId, request.text());
    return Response.status(Response.Status.CREATED).entity(CaseFileView.NoteView.of(note)).build();
  }
}
