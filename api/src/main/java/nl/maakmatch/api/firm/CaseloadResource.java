package nl.maakmatch.api.firm;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.maakmatch.api.Languages;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.firm.FirmService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A ROM adviser's caseload: the firms of the region that asked for guidance. */
@Path("/v1/caseload")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed("adviser")
@Tag(name = "Advisers", description = "ROM advisers and the firms they guide")
public class CaseloadResource {

  @Inject FirmService firms;
  @Inject Actor actor;
  @Inject Clock clock;
  @Context HttpHeaders headers;

  @GET
  @Operation(summary = "The firms the calling adviser guides")
  public List<FirmView> caseload() {
    LocalDate today = LocalDate.now(clock);
    return firms.caseload(actor).stream()
        .map(f -> FirmView.of(f, today, Languages.of(headers)))
        .toList();
  }
}
