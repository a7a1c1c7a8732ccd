package nl.maakmatch.api.organisation;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nl.maakmatch.domain.deal.OrganisationStatistics;
import nl.maakmatch.matching.text.Label;
import nl.maakmatch.matching.text.MessageRenderer;

/**
 * An organisation's figures on the introductions it received. Shares are fractions (0.8 = 80 %);
 * {@code declinedByReason} is keyed by reason code, with the reasons' labels beside it.
 */
public record StatisticsView(
    String organisation,
    int responseDays,
    int received,
    int answered,
    int answeredInTime,
    int overdue,
    Double answeredInTimeShare,
    Double medianAnswerHours,
    Map<String, Integer> declinedByReason,
    Map<String, String> reasonLabels,
    int offers,
    int accepted,
    int funded) {

  static StatisticsView of(OrganisationStatistics s, Locale locale) {
    Map<String, Integer> declined = new TreeMap<>();
    Map<String, String> labels = new TreeMap<>();
    s.declinedByReason()
        .forEach(
            (reason, count) -> {
              declined.put(reason.name(), count);
              labels.put(reason.name(), MessageRenderer.in(locale).render(Label.of(reason)));
            });
    return new StatisticsView(
        s.organisation(),
        s.responseDays(),
        s.received(),
        s.answered(),
        s.answeredInTime(),
        s.overdue(),
        s.answeredInTimeShare().orElse(null),
        s.medianAnswerHours().orElse(null),
        declined,
        labels,
        s.offers(),
        s.accepted(),
        s.funded());
  }
}
