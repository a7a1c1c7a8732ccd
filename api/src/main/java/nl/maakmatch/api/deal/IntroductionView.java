package nl.maakmatch.api.deal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.maakmatch.domain.deal.DealService.Listed;
import nl.maakmatch.domain.deal.Introduction;
import nl.maakmatch.domain.deal.Party;
import nl.maakmatch.domain.deal.SharedPart;

/**
 * An introduction in a list: its state, what was shared, when an answer is due and whether it is
 * overdue, the decline reason or offer if any. {@code planTitle} is absent for a financier the plan
 * itself was not shown to.
 */
public record IntroductionView(
    UUID id,
    UUID planId,
    UUID firmId,
    String planTitle,
    String organisation,
    String state,
    String stateLabel,
    Party party,
    List<String> instrumentIds,
    List<SharedPart> share,
    OffsetDateTime requestedAt,
    OffsetDateTime dueAt,
    boolean overdue,
    OffsetDateTime answeredAt,
    Coded declineReason,
    OfferView offer,
    Long fundedAmountEur,
    UUID reroutedFrom,
    long version) {

  public static IntroductionView of(Listed listed, OffsetDateTime now, Locale locale) {
    Introduction i = listed.introduction();
    Coded state = Coded.of(i.state(), locale);
    return new IntroductionView(
        i.id(),
        i.planId(),
        i.firmId(),
        listed.planTitle().orElse(null),
        i.organisation(),
        state.code(),
        state.label(),
        listed.party(),
        i.instrumentIds(),
        i.shared().stream().sorted().toList(),
        i.requestedAt(),
        i.dueAt(),
        i.isOverdue(now),
        i.answeredAt().orElse(null),
        i.declineReason().map(r -> Coded.of(r, locale)).orElse(null),
        i.offer().map(OfferView::of).orElse(null),
        i.fundedAmountEur().orElse(null),
        i.reroutedFrom().orElse(null),
        i.version());
  }
}
