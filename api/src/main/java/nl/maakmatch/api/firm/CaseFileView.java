package nl.maakmatch.api.firm;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.maakmatch.api.deal.IntroductionView;
import nl.maakmatch.domain.casefile.CaseFileService.CaseFile;
import nl.maakmatch.domain.casefile.CaseNote;
import nl.maakmatch.domain.deal.DealService.Listed;
import nl.maakmatch.domain.deal.Party;
import nl.maakmatch.domain.plan.InvestmentPlan;

/** The ROM's case file on a firm: its plans, their introductions and the advisers' notes. */
public record CaseFileView(
    UUID firmId,
    String legalName,
    String province,
    List<PlanLine> plans,
    List<IntroductionView> introductions,
    List<NoteView> notes) {

  public record PlanLine(UUID id, String title, String status, long totalInvestmentEur) {}

  public record NoteView(UUID id, String author, String text, OffsetDateTime createdAt) {

    public static NoteView of(CaseNote note) {
      return new NoteView(note.id(), note.author(), note.body(), note.createdAt());
    }
  }

  static CaseFileView of(CaseFile file, OffsetDateTime now, Locale locale) {
    return new CaseFileView(
        file.firm().id(),
        file.firm().legalName(),
        file.firm().province().name(),
        file.plans().stream()
            .map(
                (InvestmentPlan p) ->
                    new PlanLine(p.id(), p.title(), p.status().name(), p.totalInvestmentEur()))
            .toList(),
        file.introductions().stream()
            .map(
                i ->
                    IntroductionView.of(
                        new Listed(
                            i,
                            Party.ADVISER,
                            file.plans().stream()
                                .filter(p -> p.id().equals(i.planId()))
                                .map(InvestmentPlan::title)
                                .findFirst()),
                        now,
                        locale))
            .toList(),
        file.notes().stream().map(NoteView::of).toList());
  }
}
