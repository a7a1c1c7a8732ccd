package nl.maakmatch.domain.notification;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.maakmatch.domain.user.Recipient;
import nl.maakmatch.domain.user.UserDirectory;

/**
 * Notifier, outbox and delivery over tables kept in memory, with a directory in which anna (Dutch)
 * and eva (English) have addresses and carla has none.
 */
final class Mailing {

  static final String PORTAL = "https://maakmatch.example";

  final InMemoryNotifications notifications = new InMemoryNotifications();
  final InMemoryOutbox outbox = new InMemoryOutbox();
  final Notifier notifier = new Notifier();

  Mailing(Clock clock, boolean mailEnabled) {
    notifier.notifications = notifications;
    notifier.outbox = outbox;
    notifier.directory = directoryOfAnnaEvaAndCarla();
    notifier.settings = settings("localhost", 3025, mailEnabled);
    notifier.clock = clock;
  }

  static MailSettings settings(String host, int port, boolean enabled) {
    return new MailSettings(
        enabled,
        host,
        port,
        "MaakMatch <noreply@maakmatch.example>",
        Optional.empty(),
        Optional.empty(),
        false,
        PORTAL + "/");
  }

  MailDelivery delivery(MailTransport transport, Clock clock) {
    MailDelivery delivery = new MailDelivery();
    delivery.outbox = outbox;
    delivery.transport = transport;
    delivery.clock = clock;
    return delivery;
  }

  private static UserDirectory directoryOfAnnaEvaAndCarla() {
    Map<String, Recipient> reachable =
        Map.of(
            "anna", new Recipient("anna", "anna@maakmatch.example", null),
            "eva", new Recipient("eva", "eva@maakmatch.example", Locale.ENGLISH));
    return new UserDirectory() {
      @Override
      public Optional<Recipient> recipient(String subject) {
        return Optional.ofNullable(reachable.get(subject));
      }
    };
  }
}
