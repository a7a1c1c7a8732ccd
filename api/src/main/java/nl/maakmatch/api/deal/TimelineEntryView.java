package nl.maakmatch.api.deal;

import java.time.OffsetDateTime;
import java.util.Locale;
import nl.maakmatch.domain.deal.AnswerKind;
import nl.maakmatch.domain.deal.IntroductionEntry;
import nl.maakmatch.domain.deal.Party;

/** One step of an introduction: what happened, by whom on which side, when, and what was said. */
public record TimelineEntryView(
    long id,
    String type,
    String state,
    OffsetDateTime occurredAt,
    String actor,
    Party party,
    AnswerKind answerKind,
    Coded reason,
    String text,
    OfferView offer) {

  static TimelineEntryView of(IntroductionEntry entry, Locale locale) {
    return new TimelineEntryView(
        entry.id(),
        entry.type(),
        entry.state().name(),
        entry.occurredAt(),
        entry.actor(),
        entry.party(),
        entry.answerKind().orElse(null),
        entry.reason().map(r -> Coded.of(r, locale)).orElse(null),
        entry.text().orElse(null),
        entry.offer().map(OfferView::of).orElse(null));
  }
}
