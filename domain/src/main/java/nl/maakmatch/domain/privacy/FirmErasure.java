package nl.maakmatch.domain.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.maakmatch.domain.RecordKind;
import nl.maakmatch.domain.RecordNotFound;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.document.DocumentContents;
import nl.maakmatch.domain.event.EventRecorder;
import nl.maakmatch.domain.event.FirmEvent.FirmErased;
import nl.maakmatch.domain.firm.FirmAccess;
import nl.maakmatch.domain.firm.FirmRelations;
import nl.maakmatch.domain.privacy.ErasableRecords.FirmRemoved;
import nl.maakmatch.domain.user.UserDirectory;

/**
 * A firm's right to erasure (GDPR art. 17): the firm, its plans with every match, introductions
 * with their answers, offers and messages, documents, comments, case notes, guidance, invitations
 * and the history of each record are removed in one transaction, so financiers and advisers lose
 * access at once. Financiers are told, and their logs name each erased introduction (GDPR art. 19).
 * Members whom MaakMatch knows only as this firm's users are forgotten too. The audit log keeps its
 * skeleton — who did what when, on which record id — with every reason and detail blanked, and
 * records the erasure itself.
 */
@ApplicationScoped
@Transactional
public class FirmErasure {

  @Inject ErasableRecords records;
  @Inject FirmRelations relations;
  @Inject DocumentContents contents;
  @Inject UserDirectory directory;
  @Inject ErasureNotices notices;
  @Inject EventRecorder events;
  @Inject Clock clock;

  public Erased erase(Actor actor, UUID firmId) {
    String owner =
        records
            .lockedOwnerOf(firmId)
            .orElseThrow(() -> new RecordNotFound(RecordKind.FIRM, firmId));
    FirmAccess.of(actor, relations.between(actor, firmId))
        .toErase(owner)
        .require(RecordKind.FIRM, firmId);

    FirmRemoved removed = records.removeFirm(firmId);
    contents.removeFilesOf(removed.documents().inFiles());
    directory.forgotten(removed.forgottenUsers());
    notices.tell(removed.introductions());
    events.record(actor, new FirmErased(firmId));
    return new Erased(
        firmId,
        OffsetDateTime.now(clock),
        removed.plans(),
        removed.matches(),
        removed.introductions().size(),
        removed.documents().count(),
        removed.members());
  }

  /** What was erased: counts, for the receipt the requester keeps. */
  public record Erased(
      UUID firmId,
      OffsetDateTime erasedAt,
      int plans,
      int matches,
      int introductions,
      int documents,
      int members) {}
}
