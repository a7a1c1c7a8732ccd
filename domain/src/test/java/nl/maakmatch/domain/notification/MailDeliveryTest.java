package nl.maakmatch.domain.notification;

import static nl.maakmatch.domain.fixtures.Notices.THE_INTRODUCTION;
import static nl.maakmatch.domain.fixtures.Notices.anIntroductionRequested;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.maakmatch.domain.fixtures.MovingClock;
import nl.maakmatch.domain.user.Recipient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** From a notice to mails in a real SMTP server (GreenMail on a free port), and a server outage. */
class MailDeliveryTest {

  private final MovingClock clock = new MovingClock();
  private final Mailing mailing = new Mailing(clock, true);
  private GreenMail server;
  private MailDelivery delivery;

  @BeforeEach
  void startMailServer() {
    server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    server.start();
    delivery =
        mailing.delivery(
            new SmtpTransport(
                Mailing.settings(server.getSmtp().getBindTo(), server.getSmtp().getPort(), true),
                clock),
            clock);
  }

  @AfterEach
  void stopMailServer() {
    server.stop();
  }

  @Test
  void sendsEachRecipientTheNoticeInTheirLanguageWithTheLinkToTheItem() throws Exception {
    mailing.notifier.notify(List.of("anna", "eva", "carla"), anIntroductionRequested());

    assertThat(delivery.deliverDue()).isEqualTo(2);

    assertThat(server.waitForIncomingEmail(5_000, 2)).isTrue();
    Map<String, MimeMessage> byRecipient =
        Arrays.stream(server.getReceivedMessages())
            .collect(Collectors.toMap(MailDeliveryTest::to, Function.identity()));
    assertThat(byRecipient).containsOnlyKeys("anna@maakmatch.example", "eva@maakmatch.example");

    MimeMessage annas = byRecipient.get("anna@maakmatch.example");
    assertThat(annas.getFrom()[0].toString()).isEqualTo("MaakMatch <noreply@maakmatch.example>");
    assertThat(annas.getSubject())
        .isEqualTo("MaakMatch: Nieuwe introductie van Van Dijk Precisiemetaal B.V.");
    assertThat(annas.getContent().toString())
        .contains("vraagt financiering van € 1.200.000")
        .contains(
            "Bekijk het in MaakMatch: https://maakmatch.example/#/introductions/"
                + THE_INTRODUCTION);
    assertThat(annas.getHeader("Content-Language")).containsExactly("nl");
    assertThat(annas.getHeader("Auto-Submitted")).containsExactly("auto-generated");

    MimeMessage evas = byRecipient.get("eva@maakmatch.example");
    assertThat(evas.getSubject())
        .isEqualTo("MaakMatch: New introduction from Van Dijk Precisiemetaal B.V.");
    assertThat(evas.getContent().toString())
        .startsWith("Hello,")
        .contains(
            "View it in MaakMatch: https://maakmatch.example/#/introductions/" + THE_INTRODUCTION);

    assertThat(mailing.outbox.rows).allSatisfy(m -> assertThat(m.sentAt()).isPresent());
    assertThat(delivery.deliverDue()).as("nothing is sent twice").isZero();
  }

  @Test
  void keepsTheMailsWhileTheServerIsDownAndSendsThemOnceItIsBack() throws Exception {
    int port = server.getSmtp().getPort();
    String host = server.getSmtp().getBindTo();
    server.stop();
    mailing.notifier.notify(List.of("anna", "eva"), anIntroductionRequested());

    assertThat(delivery.deliverDue()).isZero();

    assertThat(mailing.outbox.rows)
        .allSatisfy(
            m -> {
              assertThat(m.attempts()).isEqualTo(1);
              assertThat(m.lastError())
                  .hasValueSatisfying(e -> assertThat(e).startsWith("SERVER_UNAVAILABLE"));
              assertThat(m.nextAttemptAt()).contains(m.createdAt().plus(RetrySchedule.FIRST_PAUSE));
            });
    assertThat(delivery.deliverDue()).as("not due again before the pause").isZero();

    server = new GreenMail(new ServerSetup(port, host, ServerSetup.PROTOCOL_SMTP));
    server.start();
    clock.advance(Duration.ofSeconds(10));

    assertThat(delivery.deliverDue()).isEqualTo(2);
    assertThat(server.waitForIncomingEmail(5_000, 2)).isTrue();
    assertThat(mailing.outbox.pending()).isEmpty();
  }

  @Test
  void losesNoMailWhileTheServerIsDownForAnHourAndSendsEachOnceWhenItReturns() throws Exception {
    int port = server.getSmtp().getPort();
    String host = server.getSmtp().getBindTo();
    server.stop();
    Duration poll = Duration.ofSeconds(5);
    int notices = 0;
    // the worker polls every 5 seconds through the hour; a notice comes in every 10 minutes
    for (Duration down = Duration.ZERO;
        down.compareTo(Duration.ofHours(1)) < 0;
        down = down.plus(poll)) {
      if (down.toSeconds() % 600 == 0) {
        mailing.notifier.notify(List.of("anna", "eva"), anIntroductionRequested());
        notices++;
      }
      assertThat(delivery.deliverDue()).isZero();
      clock.advance(poll);
    }
    int queued = 2 * notices;
    assertThat(mailing.outbox.rows)
        .hasSize(queued)
        .allSatisfy(m -> assertThat(m.gaveUpAt()).as("given up on").isEmpty())
        .allSatisfy(m -> assertThat(m.nextAttemptAt()).isPresent());

    server = new GreenMail(new ServerSetup(port, host, ServerSetup.PROTOCOL_SMTP));
    server.start();
    int sent = 0;
    // no mail waits longer than the longest pause once the server is back
    for (Duration back = Duration.ZERO;
        back.compareTo(RetrySchedule.LONGEST_PAUSE.plus(poll)) <= 0;
        back = back.plus(poll)) {
      sent += delivery.deliverDue();
      clock.advance(poll);
    }

    assertThat(sent).isEqualTo(queued);
    assertThat(server.waitForIncomingEmail(5_000, queued)).isTrue();
    assertThat(server.getReceivedMessages()).hasSize(queued);
    assertThat(mailing.outbox.pending()).isEmpty();
    assertThat(mailing.outbox.rows).allSatisfy(m -> assertThat(m.sentAt()).isPresent());
  }

  @Test
  void sendsABulkMailAfterTheOthersThatAreDue() {
    mailing.outbox.add(
        OutgoingMail.queue(
            UUID.randomUUID(),
            new Recipient("anna", "anna@maakmatch.example", null),
            Locale.forLanguageTag("nl"),
            new MailText("Uw plan is opnieuw gematcht", "Tekst"),
            true,
            clock));
    clock.advance(Duration.ofSeconds(1));
    mailing.notifier.notify(List.of("eva"), anIntroductionRequested());
    List<String> order = new ArrayList<>();

    mailing.delivery(mail -> order.add(mail.subject()), clock).deliverDue();

    assertThat(order)
        .containsExactly(
            "MaakMatch: New introduction from Van Dijk Precisiemetaal B.V.",
            "Uw plan is opnieuw gematcht");
  }

  @Test
  void triesTheRestOfTheBatchAfterOneMailIsRefused() {
    mailing.notifier.notify(List.of("anna", "eva"), anIntroductionRequested());
    List<String> tried = new ArrayList<>();
    MailDelivery refusingAnna =
        mailing.delivery(
            mail -> {
              tried.add(mail.to());
              if (mail.to().startsWith("anna")) {
                throw new MailNotSent(MailNotSent.Cause.REJECTED, "550 mailbox full", null);
              }
            },
            clock);

    assertThat(refusingAnna.deliverDue()).isEqualTo(1);
    assertThat(tried).hasSize(2);
  }

  private static String to(MimeMessage message) {
    try {
      return message.getRecipients(Message.RecipientType.TO)[0].toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
