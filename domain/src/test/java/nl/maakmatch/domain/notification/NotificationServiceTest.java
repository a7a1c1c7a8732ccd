package nl.maakmatch.domain.notification;

import static nl.maakmatch.domain.fixtures.Actors.anna;
import static nl.maakmatch.domain.fixtures.Actors.evaFinancierOfAnotherBank;
import static nl.maakmatch.domain.fixtures.Notices.anIntroductionRequested;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.maakmatch.domain.RecordNotFound;
import nl.maakmatch.domain.fixtures.MovingClock;
import org.junit.jupiter.api.Test;

class NotificationServiceTest {

  private final MovingClock clock = new MovingClock();
  private final Mailing mailing = new Mailing(clock, true);
  private final NotificationService service = new NotificationService();

  {
    service.notifications = mailing.notifications;
    service.clock = clock;
  }

  @Test
  void listsTheCallersOwnNotificationsUnreadFirstThenNewestFirst() {
    UUID first = told("anna");
    clock.advance(Duration.ofMinutes(1));
    UUID second = told("anna");
    clock.advance(Duration.ofMinutes(1));
    UUID third = told("anna");
    told("eva");
    service.markRead(anna(), third);

    assertThat(service.mine(anna(), 50))
        .extracting(Notification::id)
        .containsExactly(second, first, third);
    assertThat(service.mine(anna(), 1)).extracting(Notification::id).containsExactly(second);
  }

  @Test
  void keepsTheTimeANotificationWasFirstRead() {
    UUID id = told("anna");
    service.markRead(anna(), id);
    clock.advance(Duration.ofHours(1));

    Notification again = service.markRead(anna(), id);

    assertThat(again.readAt())
        .contains(
            clock.instant().minus(Duration.ofHours(1)).atOffset(again.createdAt().getOffset()));
  }

  @Test
  void findsNoNotificationOfAnotherUser() {
    UUID annas = told("anna");

    assertThatThrownBy(() -> service.markRead(evaFinancierOfAnotherBank(), annas))
        .isInstanceOf(RecordNotFound.class);
    assertThat(mailing.notifications.find(annas).orElseThrow().isRead()).isFalse();
  }

  @Test
  void marksAllOfTheCallersNotificationsReadAndNoOneElses() {
    told("anna");
    told("anna");
    UUID evas = told("eva");

    assertThat(service.markAllRead(anna())).isEqualTo(2);
    assertThat(service.mine(anna(), 50)).allMatch(Notification::isRead);
    assertThat(mailing.notifications.find(evas).orElseThrow().isRead()).isFalse();
  }

  @Test
  void refusesALimitOutsideOneToTwoHundred() {
    assertThatThrownBy(() -> service.mine(anna(), 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> service.mine(anna(), 201))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private UUID told(String subject) {
    mailing.notifier.notify(List.of(subject), anIntroductionRequested());
    return mailing.notifications.rows.get(mailing.notifications.rows.size() - 1).id();
  }
}
