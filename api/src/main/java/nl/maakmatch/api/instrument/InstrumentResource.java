package nl.maakmatch.api.instrument;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;
import nl.maakmatch.api.JsonMapping;
import nl.maakmatch.api.problem.InvalidInput;
import nl.maakmatch.domain.RecordNotFound;
import nl.maakmatch.domain.instrument.Instrument;
import nl.maakmatch.domain.instrument.InstrumentCatalogue;
import nl.maakmatch.domain.instrument.InstrumentStatus;
import nl.maakmatch.domain.instrument.InstrumentVersion;
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

  @GET
  @Operation(summary = "List instruments, optionally filtered by status or type, in pages")
  public InstrumentPage list(
      @QueryParam("status") String status,
      @QueryParam("type") String type,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    if (page < 0) {
      throw new InvalidInput("page", "must be 0 or more");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidInput("size", "must be between 1 and " + MAX_PAGE_SIZE);
    }
    List<Instrument> matching =
        (status == null ? catalogue.all() : catalogue.withStatus(parseStatus(status)))
            .stream().filter(i -> type == null || i.types().contains(type)).toList();
    List<InstrumentSummary> items =
        matching.stream()
            .skip((long) page * size)
            .limit(size)
            .map(i -> summaryOf(i, currentDefinition(i)))
            .toList();
    return new InstrumentPage(items, page, size, matching.size());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One instrument with its full current definition")
  public InstrumentDetail get(@PathParam("id") String id) {
    Instrument instrument =
        catalogue.find(id).orElseThrow(() -> new RecordNotFound("Instrument", id));
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
    try {
      return JsonMapping.mapper().readTree(version.definition());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored definition of " + instrument.id() + " is not JSON", e);
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

  private static InstrumentStatus parseStatus(String status) {
    try {
      return InstrumentStatus.valueOf(status.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("status", "must be one of AVAILABLE, CLOSED, PROPOSED");
    }
  }
}
