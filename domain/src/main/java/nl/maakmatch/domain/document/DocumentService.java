package nl.maakmatch.domain.document;

import static nl.maakmatch.domain.document.DocumentMessages.TEXT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import nl.maakmatch.domain.RecordKind;
import nl.maakmatch.domain.RecordNotFound;
import nl.maakmatch.domain.StateConflict;
import nl.maakmatch.domain.access.Access;
import nl.maakmatch.domain.access.Access.Ground;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.document.DocumentType.Accepted;
import nl.maakmatch.domain.document.DocumentType.Refused;
import nl.maakmatch.domain.event.DocumentEvent;
import nl.maakmatch.domain.event.DocumentEvent.DocumentDeleted;
import nl.maakmatch.domain.event.DocumentEvent.DocumentDownloaded;
import nl.maakmatch.domain.event.DocumentEvent.DocumentUploaded;
import nl.maakmatch.domain.event.EventRecorder;
import nl.maakmatch.domain.event.FirmEvent.FirmRead;
import nl.maakmatch.domain.event.PlanEvent.PlanRead;
import nl.maakmatch.domain.firm.FirmRelations;
import nl.maakmatch.domain.plan.InvestmentPlan;
import nl.maakmatch.domain.plan.Plans;

/**
 * The documents a firm attaches to its plans: uploaded and deleted by the firm (and advisers it
 * lets edit), read by the firm, its guiding advisers and the financiers an introduction shares them
 * with, as {@link DocumentAccess} decides. Each action loads the plan, requires access, acts,
 * stores and records; every download is in the firm's audit log.
 */
@ApplicationScoped
@Transactional
public class DocumentService {

  @Inject Plans plans;
  @Inject PlanDocuments documents;
  @Inject DocumentContents contents;
  @Inject DocumentSettings settings;
  @Inject FirmRelations relations;
  @Inject DocumentSharing sharing;
  @Inject EventRecorder events;
  @Inject Clock clock;

  /**
   * Keeps a file attached to an open plan, once its bytes show an accepted type. The stream is read
   * to its end, never past the limit; a refused file leaves nothing behind.
   *
   * @throws DocumentRefused when the file is empty, too large or of a type not accepted
   */
  public PlanDocument upload(
      Actor actor,
      UUID firmId,
      UUID planId,
      DocumentKind kind,
      String fileName,
      InputStream content) {
    InvestmentPlan plan = require(actor, firmId, planId, DocumentAccess::toChange).plan();
    if (!plan.status().isOpen()) {
      throw new StateConflict(TEXT.get("document.planEnded", plan.status()));
    }
    try (ReceivedFile file =
        ReceivedFile.receive(content, settings.maxBytes(), contents.spoolDirectory())) {
      PlanDocument document =
          PlanDocument.upload(
              planId,
              firmId,
              kind,
              DocumentFileName.of(fileName),
              acceptedOrRefused(DocumentTypes.of(file.path())),
              file,
              settings.storageForNewDocuments(),
              actor.subject(),
              clock);
      documents.add(document);
      contents.store(document, file);
      return recorded(actor, document, new DocumentUploaded(document.id(), planId, firmId));
    }
  }

  /** The plan's documents, oldest first; an adviser's or a financier's look is audited. */
  public List<PlanDocument> documentsOf(Actor actor, UUID firmId, UUID planId) {
    Ground ground = require(actor, firmId, planId, DocumentAccess::toRead).ground();
    if (ground == Ground.GUIDANCE) {
      events.record(actor, new FirmRead(firmId));
    } else if (ground == Ground.CONSENT) {
      events.record(actor, new PlanRead(planId, firmId));
    }
    return documents.ofPlan(planId);
  }

  /** A document with its contents; every download, the firm's own too, is audited. */
  public DocumentDownload download(Actor actor, UUID firmId, UUID planId, UUID documentId) {
    require(actor, firmId, planId, DocumentAccess::toRead);
    PlanDocument document = documentOf(planId, documentId);
    events.record(actor, new DocumentDownloaded(documentId, planId, firmId));
    return new DocumentDownload(document, contents.open(document));
  }

  /** Removes a document's contents; its record stays, marked deleted, for the audit log. */
  public void delete(Actor actor, UUID firmId, UUID planId, UUID documentId) {
    require(actor, firmId, planId, DocumentAccess::toChange);
    PlanDocument document = documentOf(planId, documentId);
    document.delete(actor.subject(), clock);
    contents.remove(document);
    recorded(actor, document, new DocumentDeleted(documentId, planId, firmId));
  }

  private PlanDocument documentOf(UUID planId, UUID documentId) {
    return documents
        .find(planId, documentId)
        .orElseThrow(() -> new RecordNotFound(RecordKind.DOCUMENT, documentId));
  }

  private static Accepted acceptedOrRefused(DocumentType type) {
    if (type instanceof Refused refused) {
      throw DocumentRefused.unsupported(refused.explanation());
    }
    return (Accepted) type;
  }

  private record Loaded(InvestmentPlan plan, Ground ground) {}

  /**
   * The plan of the firm, once the policy's answer to {@code question} allows it; anyone it does
   * not allow to see the documents is told the plan does not exist.
   */
  private Loaded require(
      Actor actor, UUID firmId, UUID planId, Function<DocumentAccess, Access> question) {
    InvestmentPlan plan =
        plans
            .find(planId)
            .filter(p -> p.firmId().equals(firmId))
            .orElseThrow(() -> new RecordNotFound(RecordKind.PLAN, planId));
    boolean shared =
        DocumentAccess.mayBeSharedWith(actor)
            && sharing.sharesDocumentsWith(planId, actor.organisation().orElseThrow());
    DocumentAccess access =
        DocumentAccess.of(
            actor, new DocumentAccess.Facts(relations.between(actor, firmId), shared));
    return new Loaded(plan, question.apply(access).require(RecordKind.PLAN, planId));
  }

  private PlanDocument recorded(Actor actor, PlanDocument document, DocumentEvent event) {
    documents.flush();
    events.record(actor, event, document.version(), DocumentSnapshot.of(document));
    return document;
  }
}
