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
  @Inject Actor actor;

  @GET
  @Path("/what-if")
  @Operation(
      summary =
          "What each proposal of the industry note would close of the province's unfinanced need"
              + " if enacted (the province's ROM advisers, admin); proposals do not exist")
  public RegionWhatIfView whatIf(@PathParam("province") String province) {
    Province region =
        Province.fromCode(province)
            .orElseThrow(
                () ->
                    new InvalidInput(
                        "province",
                        ProblemMessages.TEXT.get(
                            "input.oneOf",
                            String.join(
                                ", ", Arrays.stream(Province.values()).map(Enum::name).toList()))));
    return RegionWhatIfView.of(matches.whatIfIn(actor, region));
  }
}
