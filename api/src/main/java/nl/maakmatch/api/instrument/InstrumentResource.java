package nl.maakmatch.api.instrument;

import nl.maakmatch.domain.RecordKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jakarta.enterprise.inject.Instance;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;
import nl.maakmatch.api.JsonMapping;
import nl.maakmatch.api.Languages;
import nl.maakmatch.api.Versions;
import nl.maakmatch.api.problem.InvalidInput;
import nl.maakmatch.domain.RecordNotFound;
import nl.maakmatch.domain.instrument.Instrument;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.instrument.CatalogueSnapshots;
import nl.maakmatch.domain.instrument.InstrumentAdministration;
import nl.maakmatch.domain.instrument.InstrumentCatalogue;
import nl.maakmatch.domain.instrument.InstrumentStatus;
import nl.maakmatch.domain.instrument.InstrumentVersion;
import nl.maakmatch.matching.catalogue.MatchingTerms;
import nl.maakmatch.matching.firm.Province;
import nl.maakmatch.matching.firm.SizeClass;
import nl.maakmatch.matching.plan.Purpose;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public instrument catalogue. */
@Path("/v1/instruments")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Catalogue", description = "Financing instruments for MKB manufacturers")
public class InstrumentResource {

  private static final int MAX_PAGE_SIZE = 100;

  @Inject InstrumentCatalogue catalogue;
  @Inject CatalogueSnapshots snapshots;
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
      throw new InvalidInput("page", "must be 0 or more");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidInput("size", "must be between 1 and " + MAX_PAGE_SIZE);
    }
    Province inProvince = province == null ? null : parse(Province.class, "province", province);
    SizeClass forSize = sizeClass == null ? null : parse(SizeClass.class, "sizeClass", sizeClass);
    Purpose forPurpose = purpose == null ? null : parse(Purpose.class, "purpose", purpose);
    var engineCatalogue = snapshots.current().catalogue();
    List<Instrument> matching =
        (status == null ? catalogue.all() : catalogue.withStatus(parseStatus(status)))
            .stream()
                .filter(i -> type == null || i.types().contains(type))
                .filter(
                    i ->
                        engineCatalogue
                            .instrument(i.id())
                            .map(e -> fits(e.terms(), inProvince, forSize, forPurpose))
                            .orElse(inProvince == null && forSize == null && forPurpose == null))
                .toList();
    // one query for the page's definitions, not one per instrument
    java.util.Map<String, String> definitions = catalogue.currentDefinitions();
    List<InstrumentSummary> items =
        matching.stream()
            .skip((long) page * size)
            .limit(size)
            .map(i -> summaryOf(i, parse(i.id(), definitions.get(i.id()))))
            .toList();
    return new InstrumentPage(items, page, size, matching.size());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One instrument with its full current definition")
  public InstrumentDetail get(@PathParam("id") String id) {
    Instrument instrument =
        catalogue.find(id).orElseThrow(() -> new RecordNotFound(RecordKind.INSTRUMENT, id));
    JsonNode definition = currentDefinition(instrument);
    InstrumentSummary s = summaryOf(instrument, definition);
    return new InstrumentDetail(
        s.id(), s.name(), s.operator(), s.status(), s.types(), s.confidence(), s.version(),
        s.sources(), definition);
  }

  private JsonNode currentDefinition(Instrument instrument) {
    InstrumentVersion version =
        catalogue
            .version(instrument.id(), instrument.currentVersion())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "instrument " + instrument.id() + " lacks its current version"));
    return parse(instrument.id(), version.definition());
  }

  private static JsonNode parse(String id, String definition) {
    if (definition == null) {
      throw new IllegalStateException("instrument " + id + " lacks its current version");
    }
    try {
      return JsonMapping.mapper().readTree(definition);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored definition of " + id + " is not JSON", e);
    }
  }

  private static InstrumentSummary summaryOf(Instrument i, JsonNode definition) {
    return new InstrumentSummary(
        i.id(),
        i.name(),
        i.operator(),
        i.status().name(),
        i.types(),
        i.confidence().name(),
        i.currentVersion(),
        sourcesOf(definition));
  }

  private static List<String> sourcesOf(JsonNode definition) {
    JsonNode source = definition.path("source");
    if (source.isTextual()) {
      return List.of(source.asText());
    }
    return StreamSupport.stream(source.spliterator(), false)
        .filter(JsonNode::isTextual)
        .map(JsonNode::asText)
        .toList();
  }

  @POST
  @RolesAllowed("admin")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add an instrument (admin); the body is one entry in the catalogue-file format")
  public Response create(@NotNull(message = "{maakmatch.required}") JsonNode definition) {
    String id = definition.path("id").asText("");
    if (id.isBlank()) {
      throw new InvalidInput("id", "is required");
    }
    if (catalogue.find(id).isPresent()) {
      throw new nl.maakmatch.domain.StateConflict(
          nl.maakmatch.domain.DomainTexts.TEXT.get("instrument.exists", id));
    }
    administration.define(actor.get(), id, definition, null, "defined");
    return Response.created(uri.getAbsolutePathBuilder().path(id).build())
        .tag(Versions.etag(1))
        .entity(get(id))
        .build();
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed("admin")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Edit an instrument (admin): a new version; If-Match names the version edited")
  public Response edit(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @QueryParam("note") String note,
      @NotNull(message = "{maakmatch.required}") JsonNode definition) {
    long expected = Versions.required(ifMatch);
    catalogue.find(id).orElseThrow(() -> new RecordNotFound(RecordKind.INSTRUMENT, id));
    administration.define(actor.get(), id, definition, expected, note);
    InstrumentDetail detail = get(id);
    return Response.ok(detail).tag(Versions.etag(detail.version())).build();
  }

  @POST
  @Path("/{id}/close")
  @RolesAllowed("admin")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Close an instrument to new applications (admin); earlier versions stay")
  public Response close(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull(message = "{maakmatch.required}") @Valid CloseRequest request) {
    administration.close(actor.get(), id, Versions.required(ifMatch), request.reason());
    InstrumentDetail detail = get(id);
    return Response.ok(detail).tag(Versions.etag(detail.version())).build();
  }

  @POST
  @Path("/import")
  @RolesAllowed("admin")
  @Consumes({"application/yaml", "application/x-yaml", "text/yaml", MediaType.TEXT_PLAIN})
  @Operation(
      summary =
          "Import a catalogue file in the reference YAML format (admin): adds or versions"
              + " instruments and reports what it rejected and why")
  public ImportResult importFile(@QueryParam("note") String note, String yaml) {
    if (yaml == null || yaml.isBlank()) {
      throw new InvalidInput("body", "send a catalogue file in YAML");
    }
    if (yaml.length() > 5_000_000) {
      throw new InvalidInput("body", "a catalogue file may be at most 5 MB");
    }
    return ImportResult.of(
        administration.importFile(actor.get(), yaml, note), Languages.of(headers));
  }

  private static boolean fits(
      MatchingTerms terms, Province province, SizeClass size, Purpose purpose) {
    var scope = terms.scope();
    return (province == null || scope.provinces().isEmpty() || scope.provinces().contains(province))
        && (size == null || scope.sizes().isEmpty() || scope.sizes().contains(size))
        && (purpose == null || scope.purposes().contains(purpose));
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(
          field,
          "must be one of "
              + String.join(
                  ", ",
                  java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
    }
  }

  private static InstrumentStatus parseStatus(String status) {
    try {
      return InstrumentStatus.valueOf(status.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("status", "must be one of AVAILABLE, CLOSED, PROPOSED");
    }
  }
}
