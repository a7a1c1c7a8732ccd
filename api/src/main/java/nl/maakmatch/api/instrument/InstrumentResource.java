package nl.maakmatch.api.instrument;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.maakmatch.api.Languages;
import nl.maakmatch.api.TextHygiene;
import nl.maakmatch.api.Versions;
import nl.maakmatch.api.problem.InvalidInput;
import nl.maakmatch.api.problem.ProblemMessages;
import nl.maakmatch.api.validation.SingleLine;
import nl.maakmatch.domain.PageRequest;
import nl.maakmatch.domain.RecordKind;
import nl.maakmatch.domain.RecordNotFound;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.instrument.CataloguePage;
import nl.maakmatch.domain.instrument.CatalogueQuery;
import nl.maakmatch.domain.instrument.DescribedInstrument;
import nl.maakmatch.domain.instrument.InstrumentAdministration;
import nl.maakmatch.domain.instrument.InstrumentCatalogue;
import nl.maakmatch.domain.instrument.InstrumentStatus;
import nl.maakmatch.domain.instrument.ListedInstrument;
import nl.maakmatch.matching.firm.Province;
import nl.maakmatch.matching.firm.SizeClass;
import nl.maakmatch.matching.plan.Purpose;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public instrument catalogue. */
@Path("/v1/instruments")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Catalogue", description = "Financing instruments for MKB manufacturers")
public class InstrumentResource {

  @Inject InstrumentCatalogue catalogue;
  @Inject InstrumentAdministration administration;
  @Inject Instance<Actor> actor;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @GET
  @Operation(
      summary =
          "List instruments in pages, optionally filtered by status, type, province, size class"
              + " and purpose")
  public InstrumentPage list(
      @QueryParam("status") String status,
      @QueryParam("type") String type,
      @QueryParam("province") String province,
      @QueryParam("sizeClass") String sizeClass,
      @QueryParam("purpose") String purpose,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    if (page < 0) {
      throw new InvalidInput("page", ProblemMessages.TEXT.get("input.page"));
    }
    InvalidInput.pageSize("size", size, PageRequest.MAX_SIZE);
    CatalogueQuery query = CatalogueQuery.everything();
    if (status != null) {
      query = query.withStatus(parse(InstrumentStatus.class, "status", status));
    }
    if (type != null) {
      query = query.withType(type);
    }
    if (province != null) {
      query = query.inProvince(parse(Province.class, "province", province));
    }
    if (sizeClass != null) {
      query = query.forSizeClass(parse(SizeClass.class, "sizeClass", sizeClass));
    }
    if (purpose != null) {
      query = query.forPurpose(parse(Purpose.class, "purpose", purpose));
    }
    CataloguePage found = catalogue.search(query, new PageRequest(page, size));
    return new InstrumentPage(
        found.items().stream().map(InstrumentResource::summaryOf).toList(),
        found.page().number(),
        found.page().size(),
        found.total());
  }

  @GET
  @Path("/{id}")
  @Operation(
      summary =
          "One instrument with its full current definition; the ETag names its version, for"
              + " If-Match on an edit, close or reopen")
  @APIResponseSchema(value = InstrumentDetail.class, responseCode = "200")
  public Response get(@PathParam("id") String id) {
    DescribedInstrument described =
        catalogue.describe(id).orElseThrow(() -> new RecordNotFound(RecordKind.INSTRUMENT, id));
    InstrumentDetail detail = detailOf(described);
    return Response.ok(detail).tag(Versions.etag(detail.version())).build();
  }

  @GET
  @Path("/{id}/versions")
  @RolesAllowed("admin")
  @Operation(
      summary =
          "Every definition the instrument has had, newest first, with who recorded it, when and"
              + " why (admin)")
  public List<InstrumentVersionView> versions(@PathParam("id") String id) {
    catalogue.find(id).orElseThrow(() -> new RecordNotFound(RecordKind.INSTRUMENT, id));
    return catalogue.history(id).stream().map(InstrumentVersionView::of).toList();
  }

  private static InstrumentDetail detailOf(DescribedInstrument described) {
    InstrumentSummary s = summaryOf(described.listing());
    return new InstrumentDetail(
        s.id(),
        s.name(),
        s.operator(),
        s.status(),
        s.types(),
        s.confidence(),
        s.version(),
        s.sources(),
        described.definition());
  }

  private static InstrumentSummary summaryOf(ListedInstrument i) {
    return new InstrumentSummary(
        i.id(),
        i.name(),
        i.operator(),
        i.status().name(),
        i.types(),
        i.confidence().name(),
        i.version(),
        i.sources());
  }

  @POST
  @RolesAllowed("admin")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Add an instrument (admin); the body is one entry in the catalogue-file format")
  @APIResponseSchema(value = InstrumentDetail.class, responseCode = "201")
  public Response create(@NotNull(message = "{maakmatch.required}") JsonNode definition) {
    requireCleanText(definition);
    String id = definition.path("id").asText("");
    if (id.isBlank()) {
      throw new InvalidInput("id", ProblemMessages.TEXT.get("input.required"));
    }
    administration.add(actor.get(), id, definition);
    return Response.fromResponse(get(id))
        .status(Response.Status.CREATED)
        .location(uri.getAbsolutePathBuilder().path(id).build())
        .build();
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed("admin")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Edit an instrument (admin): a new version; If-Match names the version edited")
  @APIResponseSchema(value = InstrumentDetail.class, responseCode = "200")
  public Response edit(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @QueryParam("note") @Size(max = 500, message = "{maakmatch.tooLong}") @SingleLine String note,
      @NotNull(message = "{maakmatch.required}") JsonNode definition) {
    requireCleanText(definition);
    long expected = Versions.required(ifMatch);
    catalogue.find(id).orElseThrow(() -> new RecordNotFound(RecordKind.INSTRUMENT, id));
    administration.define(actor.get(), id, definition, expected, note);
    return get(id);
  }

  @POST
  @Path("/{id}/close")
  @RolesAllowed("admin")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Close an instrument to new applications (admin); earlier versions stay")
  @APIResponseSchema(value = InstrumentDetail.class, responseCode = "200")
  public Response close(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull(message = "{maakmatch.required}") @Valid StatusChangeRequest request) {
    administration.close(actor.get(), id, Versions.required(ifMatch), request.reason());
    return get(id);
  }

  @POST
  @Path("/{id}/reopen")
  @RolesAllowed("admin")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Reopen a closed instrument to new applications (admin); earlier versions stay")
  @APIResponseSchema(value = InstrumentDetail.class, responseCode = "200")
  public Response reopen(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull(message = "{maakmatch.required}") @Valid StatusChangeRequest request) {
    administration.reopen(actor.get(), id, Versions.required(ifMatch), request.reason());
    return get(id);
  }

  @POST
  @Path("/import")
  @RolesAllowed("admin")
  @Consumes({"application/yaml", "application/x-yaml", "text/yaml", MediaType.TEXT_PLAIN})
  @Operation(
      summary =
          "Import a catalogue file in the reference YAML format (admin): adds or versions"
              + " instruments and reports what it rejected and why")
  public ImportResult importFile(
      @QueryParam("note") @Size(max = 500, message = "{maakmatch.tooLong}") @SingleLine String note,
      String yaml) {
    if (yaml == null || yaml.isBlank()) {
      throw new InvalidInput("body", ProblemMessages.TEXT.get("input.catalogueFile"));
    }
    if (TextHygiene.hasControlCharacter(yaml)) {
      throw new InvalidInput("body", ProblemMessages.TEXT.get("field.controlCharacters"));
    }
    if (yaml.length() > 5_000_000) {
      throw new InvalidInput("body", ProblemMessages.TEXT.get("input.catalogueFileSize"));
    }
    return ImportResult.of(
        administration.importFile(actor.get(), yaml, note), Languages.of(headers));
  }

  /** A definition is read as a tree, past the text rule every other body goes through. */
  private static void requireCleanText(JsonNode definition) {
    TextHygiene.firstUncleanText(definition, "")
        .ifPresent(
            field -> {
              throw new InvalidInput(field, ProblemMessages.TEXT.get("field.controlCharacters"));
            });
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(
          field,
          ProblemMessages.TEXT.get(
              "input.oneOf",
              String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
    }
  }
}
