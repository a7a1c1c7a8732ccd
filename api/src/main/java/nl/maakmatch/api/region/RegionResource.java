package nl.maakmatch.api.region;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import nl.maakmatch.api.problem.InvalidInput;
import nl.maakmatch.api.problem.ProblemMessages;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.deal.DealFigures;
import nl.maakmatch.domain.deal.RegionPipeline;
import nl.maakmatch.domain.match.MatchService;
import nl.maakmatch.matching.firm.Province;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Figures over a province's plans, for the advisers of its ROM. */
@Path("/v1/regions/{province}")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({"adviser", "admin"})
@Tag(name = "Advisers", description = "ROM advisers and the firms they guide")
public class RegionResource {

  @Inject MatchService matches;
  @Inject DealFigures figures;
  @Inject Actor actor;

  @GET
  @Path("/what-if")
  @Operation(
      summary =
          "What each proposal of the industry note would close of the province's unfinanced need"
              + " if enacted (the province's ROM advisers, admin); proposals do not exist")
  public RegionWhatIfView whatIf(@PathParam("province") String province) {
    return RegionWhatIfView.of(matches.whatIfIn(actor, region(province)));
  }

  @GET
  @Path("/pipeline")
  @Operation(
      summary =
          "The introductions of the province's firms by state, sector (SBI division), instrument"
              + " and organisation; total need against offers accepted and money paid out (the"
              + " province's ROM advisers, admin)")
  public RegionPipeline pipeline(@PathParam("province") String province) {
    return figures.pipeline(actor, region(province));
  }

  private static Province region(String province) {
    return Province.fromCode(province)
        .orElseThrow(
            () ->
                new InvalidInput(
                    "province",
                    ProblemMessages.TEXT.get(
                        "input.oneOf",
                        String.join(
                            ", ", Arrays.stream(Province.values()).map(Enum::name).toList()))));
  }
}
