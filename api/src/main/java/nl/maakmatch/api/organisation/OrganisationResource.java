package nl.maakmatch.api.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.maakmatch.api.Languages;
import nl.maakmatch.api.Versions;
import nl.maakmatch.api.problem.InvalidInput;
import nl.maakmatch.api.problem.ProblemMessages;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.deal.DealFigures;
import nl.maakmatch.domain.organisation.Organisation;
import nl.maakmatch.domain.organisation.OrganisationRegister;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The register of banks, investors and ROMs: read by signed-in users, kept by administrators. */
@Path("/v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Organisations", description = "Banks, investors and ROMs")
public class OrganisationResource {

  @Inject OrganisationRegister register;
  @Inject DealFigures figures;
  @Context HttpHeaders headers;
  @Inject Actor actor;
  @Context UriInfo uri;

  @GET
  @RolesAllowed({"firm", "adviser", "financier", "admin"})
  @Operation(summary = "Every organisation, e.g. to choose whom to share a plan with")
  public List<OrganisationView> all() {
    return register.all().stream()
        .map(
            o ->
                o.kind().finances()
                    ? OrganisationView.of(o, figures.statisticsOf(o))
                    : OrganisationView.of(o))
        .toList();
  }

  @POST
  @RolesAllowed("admin")
  @Operation(summary = "Register an organisation (admin)")
  @APIResponseSchema(value = OrganisationView.class, responseCode = "201")
  public Response register(
      @NotNull(message = "{maakmatch.required}") @Valid OrganisationRequest request) {
    Organisation organisation =
        register.register(actor, request.code(), request.name().strip(), request.kind());
    return Response.created(uri.getAbsolutePathBuilder().path(organisation.code()).build())
        .tag(Versions.etag(organisation.version()))
        .entity(OrganisationView.of(organisation))
        .build();
  }

  @PUT
  @Path("/{code}")
  @RolesAllowed("admin")
  @Operation(summary = "Rename, re-classify or (de)activate an organisation (admin); If-Match")
  @APIResponseSchema(value = OrganisationView.class, responseCode = "200")
  public Response change(
      @PathParam("code") String code,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull(message = "{maakmatch.required}") @Valid OrganisationRequest request) {
    long expected = Versions.required(ifMatch);
    if (!code.equals(request.code())) {
      throw new InvalidInput("code", ProblemMessages.TEXT.get("input.organisationCodeFixed"));
    }
    Organisation organisation =
        register.change(
            actor,
            code,
            expected,
            request.name().strip(),
            request.kind(),
            !Boolean.FALSE.equals(request.active()));
    return Response.ok(OrganisationView.of(organisation))
        .tag(Versions.etag(organisation.version()))
        .build();
  }

  @PUT
  @Path("/{code}/promise")
  @RolesAllowed({"financier", "admin"})
  @Operation(
      summary =
          "Promise to answer new introductions within so many working days (Dutch public holidays"
              + " excluded); the organisation's financiers or the admin; If-Match optional")
  @APIResponseSchema(value = OrganisationView.class, responseCode = "200")
  public Response promise(
      @PathParam("code") String code,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull(message = "{maakmatch.required}") @Valid PromiseRequest request) {
    Organisation organisation =
        register.promise(actor, code, Versions.optional(ifMatch), request.workingDays());
    return Response.ok(OrganisationView.of(organisation, figures.statisticsOf(organisation)))
        .tag(Versions.etag(organisation.version()))
        .build();
  }

  @GET
  @Path("/{code}/statistics")
  @RolesAllowed({"financier", "admin"})
  @Operation(
      summary =
          "Introductions received, answered within the promise, median answer time, declines by"
              + " reason, offers, accepted, funded; for the organisation's members and the admin")
  public StatisticsView statistics(@PathParam("code") String code) {
    return StatisticsView.of(figures.statistics(actor, code), Languages.of(headers));
  }
}
