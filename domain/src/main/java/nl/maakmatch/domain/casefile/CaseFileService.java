package nl.maakmatch.domain.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.maakmatch.domain.RecordKind;
import nl.maakmatch.domain.RecordNotFound;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.deal.Introduction;
import nl.maakmatch.domain.deal.Introductions;
import nl.maakmatch.domain.event.EventRecorder;
import nl.maakmatch.domain.event.FirmEvent.CaseNoteWritten;
import nl.maakmatch.domain.event.FirmEvent.FirmRead;
import nl.maakmatch.domain.firm.Firm;
import nl.maakmatch.domain.firm.FirmRelations;
import nl.maakmatch.domain.firm.Firms;
import nl.maakmatch.domain.plan.InvestmentPlan;
import nl.maakmatch.domain.plan.Plans;

/** The guiding ROM's case file on a firm: its notes, the firm's plans and introductions. */
@ApplicationScoped
@Transactional
public class CaseFileService {

  @Inject Firms firms;
  @Inject Plans plans;
  @Inject Introductions introductions;
  @Inject CaseNotes notes;
  @Inject FirmRelations relations;
  @Inject EventRecorder events;
  @Inject Clock clock;

  /** The case file as the adviser's ROM keeps it. */
  public record CaseFile(
      Firm firm,
      List<InvestmentPlan> plans,
      List<Introduction> introductions,
      List<CaseNote> notes) {}

  public CaseFile caseFile(Actor adviser, UUID firmId) {
    Firm firm = require(adviser, firmId);
    events.record(adviser, new FirmRead(firmId));
    return new CaseFile(
        firm,
        plans.ofFirm(firmId),
        introductions.ofFirms(List.of(firmId)),
        notes.on(firmId, adviser.romRegion().orElseThrow()));
  }

  public CaseNote write(Actor adviser, UUID firmId, String body) {
    require(adviser, firmId);
    CaseNote note =
        CaseNote.write(firmId, adviser.romRegion().orElseThrow(), adviser.subject(), body, clock);
    notes.add(note);
    events.record(adviser, new CaseNoteWritten(firmId));
    return note;
  }

  private Firm require(Actor adviser, UUID firmId) {
    Firm firm = firms.find(firmId).orElseThrow(() -> new RecordNotFound(RecordKind.FIRM, firmId));
    CaseFileAccess.toKeep(adviser, relations.between(adviser, firmId))
        .require(RecordKind.FIRM, firmId);
    return firm;
  }
}
