package nl.maakmatch.domain.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The mail outbox as a list: takes due mails as the database query does. */
class InMemoryOutbox extends MailOutbox {

  final List<OutgoingMail> rows = new ArrayList<>();

  @Override
  public void add(OutgoingMail mail) {
    rows.add(mail);
  }

  @Override
  public Optional<OutgoingMail> find(UUID id) {
    return rows.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  @Override
  public List<MailToSend> takeDue(int limit, Duration lease, Clock clock) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    return rows.stream()
        .filter(m -> m.nextAttemptAt().filter(at -> !at.isAfter(now)).isPresent())
        .sorted(
            Comparator.comparing(OutgoingMail::bulk)
                .thenComparing(m -> m.nextAttemptAt().orElseThrow()))
        .limit(limit)
        .toList()
        .stream()
        .map(m -> m.take(lease, clock))
        .toList();
  }

  @Override
  public void recordSent(UUID id, Clock clock) {
    find(id).orElseThrow().sent(clock);
  }

  @Override
  public void recordFailure(UUID id, MailNotSent failure, Clock clock) {
    find(id).orElseThrow().failed(failure, clock);
  }

  OutgoingMail only() {
    if (rows.size() != 1) {
      throw new AssertionError("expected one mail, found " + rows.size());
    }
    return rows.get(0);
  }

  List<OutgoingMail> pending() {
    return new ArrayList<>(rows.stream().filter(m -> m.nextAttemptAt().isPresent()).toList());
  }
}
