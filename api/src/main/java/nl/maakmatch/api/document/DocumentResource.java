package nl.maakmatch.api.document;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.maakmatch.api.problem.InvalidInput;
import nl.maakmatch.api.problem.ProblemMessages;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.document.DocumentDownload;
import nl.maakmatch.domain.document.DocumentKind;
import nl.maakmatch.domain.document.DocumentRefused;
import nl.maakmatch.domain.document.DocumentService;
import nl.maakmatch.domain.document.PlanDocument;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The documents attached to a firm's plan: uploaded, listed, downloaded and deleted. */
@Path("/v1/firms/{firmId}/plans/{planId}/documents")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({"firm", "adviser", "financier"})
@Tag(
    name = "Documents",
    description = "Documents attached to a plan: business plan, annual accounts, machine quotes")
public class DocumentResource {

  private static final String KIND = "kind";
  // the longest kind's name, with room for spaces around it
  private static final int KIND_MAX_BYTES = 64;

  @Inject DocumentService documents;
  @Inject Actor actor;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "The plan's documents, oldest first (without their contents)")
  public List<DocumentView> list(
      @PathParam("firmId") UUID firmId, @PathParam("planId") UUID planId) {
    return documents.documentsOf(actor, firmId, planId).stream().map(DocumentView::of).toList();
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RolesAllowed({"firm", "adviser"})
  @Operation(
      summary =
          "Attach a document to an open plan (multipart/form-data: file, and kind BUSINESS_PLAN,"
              + " ANNUAL_ACCOUNTS, QUOTE or OTHER). PDF, images and office documents only, judged"
              + " by their contents; larger than the configured limit (20 MB by default) is 413")
  @APIResponseSchema(value = DocumentView.class, responseCode = "201")
  public Response upload(
      @PathParam("firmId") UUID firmId,
      @PathParam("planId") UUID planId,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.MULTIPART_FORM_DATA,
                      schema =
                          @Schema(
                              type = SchemaType.OBJECT,
                              requiredProperties = "file",
                              properties = {
                                @SchemaProperty(
                                    name = "file",
                                    type = SchemaType.STRING,
                                    format = "binary"),
                                @SchemaProperty(
                                    name = "kind",
                                    type = SchemaType.STRING,
                                    enumeration = {
                                      "BUSINESS_PLAN",
                                      "ANNUAL_ACCOUNTS",
                                      "QUOTE",
                                      "OTHER"
                                    },
                                    defaultValue = "OTHER")
                              })))
          List<EntityPart> parts)
      throws IOException {
    EntityPart file =
        part(parts, DocumentRefused.FIELD)
            .orElseThrow(
                () ->
                    new InvalidInput(
                        DocumentRefused.FIELD, ProblemMessages.TEXT.get("input.required")));
    DocumentKind kind = kindOf(part(parts, KIND));
    PlanDocument document;
    try (InputStream content = file.getContent()) {
      document =
          documents.upload(actor, firmId, planId, kind, file.getFileName().orElse(null), content);
    }
    return Response.created(uri.getAbsolutePathBuilder().path(document.id().toString()).build())
        .entity(DocumentView.of(document))
        .build();
  }

  @GET
  @Path("/{documentId}")
  @Produces(MediaType.WILDCARD)
  @Operation(
      summary =
          "Download a document as uploaded, as an attachment of the type its bytes showed; the"
              + " ETag is its SHA-256. Every download is in the firm's audit log")
  public Response download(
      @PathParam("firmId") UUID firmId,
      @PathParam("planId") UUID planId,
      @PathParam("documentId") UUID documentId) {
    DocumentDownload download = documents.download(actor, firmId, planId, documentId);
    PlanDocument document = download.document();
    StreamingOutput body =
        out -> {
          try (InputStream in = download.content()) {
            in.transferTo(out);
          }
        };
    CacheControl privateOnly = new CacheControl();
    privateOnly.setPrivate(true);
    privateOnly.setNoStore(true);
    return Response.ok(body, document.mediaType())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment(document.fileName().value()))
        .header(HttpHeaders.CONTENT_LENGTH, document.sizeBytes())
        // never rendered as anything but the type its bytes were found to be
        .header("X-Content-Type-Options", "nosniff")
        .cacheControl(privateOnly)
        .tag(new EntityTag(document.sha256()))
        .build();
  }

  @DELETE
  @Path("/{documentId}")
  @RolesAllowed({"firm", "adviser"})
  @Operation(summary = "Delete a document: its contents are removed, the record stays audited")
  public Response delete(
      @PathParam("firmId") UUID firmId,
      @PathParam("planId") UUID planId,
      @PathParam("documentId") UUID documentId) {
    documents.delete(actor, firmId, planId, documentId);
    return Response.noContent().build();
  }

  private static Optional<EntityPart> part(List<EntityPart> parts, String name) {
    return parts == null
        ? Optional.empty()
        : parts.stream().filter(p -> name.equals(p.getName())).findFirst();
  }

  /** OTHER when the form has no kind; a kind that is none of them is the client's mistake. */
  private static DocumentKind kindOf(Optional<EntityPart> part) throws IOException {
    if (part.isEmpty()) {
      return DocumentKind.OTHER;
    }
    String value;
    try (InputStream in = part.get().getContent()) {
      value = new String(in.readNBytes(KIND_MAX_BYTES), StandardCharsets.UTF_8).strip();
    }
    if (value.isEmpty()) {
      return DocumentKind.OTHER;
    }
    try {
      return DocumentKind.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(
          KIND,
          ProblemMessages.TEXT.get(
              "input.oneOf",
              String.join(", ", Arrays.stream(DocumentKind.values()).map(Enum::name).toList())));
    }
  }
}
