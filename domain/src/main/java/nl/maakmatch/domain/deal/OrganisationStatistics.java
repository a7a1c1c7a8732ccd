package nl.maakmatch.domain.deal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How an organisation deals with the introductions it receives: how many, how many answered within
 * its promise, how fast, declined for which reasons, offers made, accepted and funded.
 *
 * @param answeredInTimeShare answered within the promise, out of those answered or overdue (an
 *     unanswered introduction still within its time counts for nothing yet); empty without any
 * @param medianAnswerHours the median time to the first answer, in hours; empty without answers
 */
public record OrganisationStatistics(
    String organisation,
    int responseDays,
    int received,
    int answered,
    int answeredInTime,
    int overdue,
    Optional<Double> answeredInTimeShare,
    Optional<Double> medianAnswerHours,
    Map<DeclineReason, Integer> declinedByReason,
    int offers,
    int accepted,
    int funded) {

  public OrganisationStatistics {
    declinedByReason = Map.copyOf(declinedByReason);
  }

  static OrganisationStatistics of(
      String organisation, int responseDays, List<Introduction> received, OffsetDateTime now) {
    int answered = 0;
    int inTime = 0;
    int overdue = 0;
    int offers = 0;
    int accepted = 0;
    int funded = 0;
    Map<DeclineReason, Integer> declined = new EnumMap<>(DeclineReason.class);
    List<Double> hours = new ArrayList<>();
    for (Introduction i : received) {
      if (i.answeredAt().isPresent()) {
        answered++;
        if (i.answeredInTime().orElse(false)) {
          inTime++;
        }
        hours.add(Duration.between(i.requestedAt(), i.answeredAt().get()).toMinutes() / 60.0);
      } else if (i.isOverdue(now)
          || (i.state() == IntroductionState.WITHDRAWN && i.dueAt().isBefore(i.updatedAt()))) {
        overdue++;
      }
      i.declineReason().ifPresent(r -> declined.merge(r, 1, Integer::sum));
      if (i.offer().isPresent()) {
        offers++;
      }
      if (i.state() == IntroductionState.ACCEPTED || i.state() == IntroductionState.FUNDED) {
        accepted++;
      }
      if (i.state() == IntroductionState.FUNDED) {
        funded++;
      }
    }
    int judged = answered + overdue;
    return new OrganisationStatistics(
        organisation,
        responseDays,
        received.size(),
        answered,
        inTime,
        overdue,
        judged == 0 ? Optional.empty() : Optional.of((double) inTime / judged),
        median(hours),
        declined,
        offers,
        accepted,
        funded);
  }

  static Optional<Double> median(List<Double> values) {
    if (values.isEmpty()) {
      return Optional.empty();
    }
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return Optional.of(
        n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2);
  }
}
