package nl.maakmatch.api.match;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.maakmatch.api.JsonMapping;
import nl.maakmatch.api.Languages;
import nl.maakmatch.api.problem.InvalidInput;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.match.MatchExplanation;
import nl.maakmatch.domain.match.MatchService;
import nl.maakmatch.domain.match.PlanMatch;
import nl.maakmatch.matching.MatchOptions;
import nl.maakmatch.matching.stack.Objective;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Matching a stored plan; every match is kept with the catalogue versions it used. */
@Path("/v1/plans/{planId}")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed("firm")
@Tag(name = "Matching")
public class PlanMatchResource {

  static final int DEFAULT_LIMIT = 20;

  @Inject MatchService matches;
  @Inject Actor actor;
  @Context HttpHeaders headers;

  @POST
  @Path("/match")
  @Operation(summary = "Match a stored plan now and keep the result")
  public MatchView match(
      @PathParam("planId") UUID planId,
      @QueryParam("includeProposed") boolean includeProposed,
      @QueryParam("objective") Objective objective,
      @Parameter(
              description = MatchViewKind.DESCRIPTION,
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"full", "summary"}))
          @QueryParam(MatchViewKind.PARAMETER)
          String view,
      @Parameter(description = CountedUncertain.DESCRIPTION) @QueryParam(CountedUncertain.PARAMETER)
          List<String> countedUncertain) {
    MatchViewKind kind = MatchViewKind.of(view);
    MatchOptions options =
        new MatchOptions(
            includeProposed,
            objective == null ? Objective.LOWEST_COST : objective,
            CountedUncertain.of(
                CountedUncertain.PARAMETER, countedUncertain, matches::knowsInstrument));
    return kind.render(matches.matchPlan(actor, planId, options), Languages.of(headers));
  }

  @GET
  @Path("/matches")
  @Operation(
      summary =
          "Earlier matches of the plan, newest first, as they were computed (limit: 1 to 100,"
              + " default 20)")
  public List<StoredMatch> matches(
      @PathParam("planId") UUID planId,
      @QueryParam("limit") @DefaultValue("" + DEFAULT_LIMIT) int limit) {
    InvalidInput.pageSize("limit", limit, MatchService.MAX_STORED_MATCHES);
    Locale locale = Languages.of(headers);
    return matches.matchesOf(actor, planId, limit).stream()
        .map(m -> StoredMatch.of(m, locale))
        .toList();
  }

  /**
   * A match as it was stored.
   *
   * @param result the engine's result; its texts are message keys with their arguments
   * @param explanation what the match said, as it read when computed, in the reader's language
   *     (Accept-Language); absent for matches stored before explanations were kept
   */
  public record StoredMatch(
      UUID id,
      OffsetDateTime computedAt,
      String computedBy,
      String catalogueVersion,
      JsonNode instrumentVersions,
      JsonNode result,
      MatchExplanation explanation) {

    public static StoredMatch of(PlanMatch match, Locale locale) {
      try {
        return new StoredMatch(
            match.id(),
            match.computedAt(),
            match.computedBy(),
            match.catalogueVersion(),
            JsonMapping.mapper().readTree(match.instrumentVersions()),
            JsonMapping.mapper().readTree(match.result()),
            match.explanationIn(locale).orElse(null));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("stored match is not JSON", e);
      }
    }
  }
}
