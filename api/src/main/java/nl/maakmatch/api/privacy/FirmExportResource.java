package nl.maakmatch.api.privacy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.maakmatch.api.JsonMapping;
import nl.maakmatch.api.Languages;
import nl.maakmatch.api.deal.DossierView;
import nl.maakmatch.api.document.DocumentView;
import nl.maakmatch.api.firm.FirmView;
import nl.maakmatch.api.match.PlanMatchResource.StoredMatch;
import nl.maakmatch.api.plan.PlanView;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.document.DocumentDownload;
import nl.maakmatch.domain.document.DocumentService;
import nl.maakmatch.domain.document.PlanDocument;
import nl.maakmatch.domain.match.PlanMatch;
import nl.maakmatch.domain.match.PlanMatches;
import nl.maakmatch.domain.privacy.FirmExport;
import nl.maakmatch.domain.privacy.FirmExport.Exported;
import nl.maakmatch.domain.privacy.FirmExport.PlanRecords;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A firm's data to take along: one ZIP with {@code index.json} (the firm, each plan with its
 * introductions with answers, offers and messages, and where its matches and documents are), every
 * match kept of each plan under {@code matches/} and the documents under {@code documents/}.
 * Matches are read a few at a time while the ZIP is written: a plan can hold thousands.
 */
@Path("/v1/firms/{id}/export")
@RequestScoped
@RolesAllowed("firm")
@Tag(name = "Firms")
public class FirmExportResource {

  static final String ZIP = "application/zip";

  /** Stored matches read at once: each is tens of kilobytes. */
  static final int MATCHES_AT_ONCE = 20;

  @Inject FirmExport export;
  @Inject DocumentService documents;
  @Inject Actor actor;
  @Inject Clock clock;
  @Context HttpHeaders headers;

  @GET
  @Produces(ZIP)
  @Operation(
      summary =
          "Everything MaakMatch holds about the firm, as a ZIP: index.json and the documents; for"
              + " the firm's own users, and in its audit log")
  @APIResponse(
      responseCode = "200",
      description = "The firm's data",
      content =
          @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response export(@PathParam("id") UUID firmId) {
    Exported exported = export.of(actor, firmId);
    Locale locale = Languages.of(headers);
    OffsetDateTime now = OffsetDateTime.now(clock);
    Index index = Index.of(exported, now, LocalDate.now(clock), locale);
    StreamingOutput zip = out -> write(index, exported, locale, out);
    CacheControl privateOnly = new CacheControl();
    privateOnly.setPrivate(true);
    privateOnly.setNoStore(true);
    return Response.ok(zip, ZIP)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"maakmatch-" + firmId + ".zip\"")
        .cacheControl(privateOnly)
        .build();
  }

  private void write(Index index, Exported exported, Locale locale, OutputStream out)
      throws IOException {
    ObjectMapper json =
        JsonMapping.mapper().copy().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("index.json"));
      json.writerWithDefaultPrettyPrinter().writeValue(zip, index);
      zip.closeEntry();
      UUID firmId = exported.firm().id();
      for (PlanRecords plan : exported.plans()) {
        List<UUID> ids = plan.matches().stream().map(PlanMatches.Kept::id).toList();
        for (int from = 0; from < ids.size(); from += MATCHES_AT_ONCE) {
          List<UUID> some = ids.subList(from, Math.min(ids.size(), from + MATCHES_AT_ONCE));
          for (PlanMatch match : export.matches(actor, firmId, plan.plan().id(), some)) {
            zip.putNextEntry(new ZipEntry(Index.fileOf(match.id())));
            json.writerWithDefaultPrettyPrinter().writeValue(zip, StoredMatch.of(match, locale));
            zip.closeEntry();
          }
        }
        for (PlanDocument document : plan.documents()) {
          DocumentDownload download =
              documents.download(actor, document.firmId(), document.planId(), document.id());
          zip.putNextEntry(new ZipEntry(Index.fileOf(document)));
          try (InputStream content = download.content()) {
            content.transferTo(zip);
          }
          zip.closeEntry();
        }
      }
    }
  }

  /** What {@code index.json} holds. */
  record Index(OffsetDateTime exportedAt, FirmView firm, List<PlanEntry> plans) {

    static Index of(Exported exported, OffsetDateTime now, LocalDate today, Locale locale) {
      List<PlanEntry> plans = new ArrayList<>();
      for (PlanRecords records : exported.plans()) {
        List<DocumentView> documentViews =
            records.documents().stream().map(DocumentView::of).toList();
        plans.add(
            new PlanEntry(
                PlanView.of(records.plan()),
                records.matches().stream()
                    .map(m -> new MatchEntry(m.id(), m.computedAt(), fileOf(m.id())))
                    .toList(),
                records.introductions().stream()
                    .map(seen -> DossierView.of(seen, documentViews, now, today, locale))
                    .toList(),
                records.documents().stream()
                    .map(d -> new DocumentEntry(DocumentView.of(d), fileOf(d)))
                    .toList()));
      }
      return new Index(now, FirmView.of(exported.firm(), today, locale), plans);
    }

    static String fileOf(UUID matchId) {
      return "matches/" + matchId + ".json";
    }

    static String fileOf(PlanDocument document) {
      return "documents/" + document.id() + "/" + document.fileName().value();
    }
  }

  record PlanEntry(
      PlanView plan,
      List<MatchEntry> matches,
      List<DossierView> introductions,
      List<DocumentEntry> documents) {}

  /** A stored match: when it was computed and where it is in the ZIP. */
  record MatchEntry(UUID id, OffsetDateTime computedAt, String file) {}

  /** A document's details and where its contents are in the ZIP. */
  record DocumentEntry(DocumentView document, String file) {}
}
