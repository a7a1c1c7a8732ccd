package nl.maakmatch.api.deal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import nl.maakmatch.api.document.DocumentView;
import nl.maakmatch.api.firm.FirmView;
import nl.maakmatch.api.match.PlanMatchResource.StoredMatch;
import nl.maakmatch.api.plan.PlanView;
import nl.maakmatch.domain.deal.DealService.Listed;
import nl.maakmatch.domain.deal.DealService.Seen;

/**
 * One introduction in full for a party to it: the introduction, the firm's message, exactly the
 * parts shared (the plan with its latest stored match and explanation, the firm's figures, the
 * plan's documents; absent when not shared), the answers given and the whole timeline with who did
 * what and when.
 */
public record DossierView(
    IntroductionView introduction,
    String message,
    String requestedBy,
    PlanView plan,
    StoredMatch match,
    FirmView firm,
    List<DocumentView> documents,
    List<TimelineEntryView> answers,
    List<TimelineEntryView> timeline) {

  public static DossierView of(
      Seen seen, List<DocumentView> documents, OffsetDateTime now, LocalDate today, Locale locale) {
    Listed listed = new Listed(seen.introduction(), seen.party(), seen.plan().map(p -> p.title()));
    List<TimelineEntryView> timeline =
        seen.timeline().stream().map(e -> TimelineEntryView.of(e, locale)).toList();
    return new DossierView(
        IntroductionView.of(listed, now, locale),
        seen.introduction().message().orElse(null),
        seen.introduction().requestedBy(),
        seen.plan().map(PlanView::of).orElse(null),
        seen.match().map(m -> StoredMatch.of(m, locale)).orElse(null),
        seen.firm().map(f -> FirmView.of(f, today, locale)).orElse(null),
        documents,
        seen.timeline().stream()
            .filter(e -> e.answerKind().isPresent())
            .map(e -> TimelineEntryView.of(e, locale))
            .toList(),
        timeline);
  }
}
