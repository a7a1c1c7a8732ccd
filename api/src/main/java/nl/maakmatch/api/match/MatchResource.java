package nl.maakmatch.api.match;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import nl.maakmatch.api.Languages;
import nl.maakmatch.api.security.RateLimited;
import nl.maakmatch.domain.match.MatchService;
import nl.maakmatch.matching.MatchOptions;
import nl.maakmatch.matching.stack.Objective;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** "Check your options": a match without an account; nothing is stored. */
@Path("/v1/match")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Matching", description = "Eligibility with reasons and financing stacks")
public class MatchResource {

  @Inject MatchService matches;
  @Context HttpHeaders headers;

  @POST
  @Path("/preview")
  @RateLimited
  @Operation(
      summary =
          "Match a firm's figures and one plan against every instrument, and compose a"
              + " financing stack; anonymous and rate-limited per client address")
  public MatchView preview(
      @Parameter(
              description = MatchViewKind.DESCRIPTION,
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"full", "summary"}))
          @QueryParam(MatchViewKind.PARAMETER)
          String view,
      @NotNull(message = "{maakmatch.required}") @Valid PreviewRequest request) {
    MatchViewKind kind = MatchViewKind.of(view);
    MatchOptions options =
        new MatchOptions(
            Boolean.TRUE.equals(request.includeProposed()),
            request.objective() == null ? Objective.LOWEST_COST : request.objective(),
            CountedUncertain.of(
                CountedUncertain.PARAMETER, request.countedUncertain(), matches::knowsInstrument));
    return kind.render(
        matches.preview(request.firm().toProfile(), request.plan().toProfile(), options),
        Languages.of(headers));
  }
}
