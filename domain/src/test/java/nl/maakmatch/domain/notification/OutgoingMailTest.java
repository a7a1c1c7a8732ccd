package nl.maakmatch.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;
import nl.maakmatch.domain.fixtures.MovingClock;
import nl.maakmatch.domain.user.Recipient;
import org.junit.jupiter.api.Test;

class OutgoingMailTest {

  private static final MailNotSent SERVER_DOWN =
      new MailNotSent(MailNotSent.Cause.SERVER_UNAVAILABLE, "Connection refused", null);

  private final MovingClock clock = new MovingClock();
  private final OutgoingMail mail =
      OutgoingMail.queue(
          UUID.randomUUID(),
          new Recipient("eva", "eva@maakmatch.example", Locale.ENGLISH),
          Locale.ENGLISH,
          new MailText("MaakMatch: New introduction", "Hello,\n\n..."),
          clock);

  @Test
  void isDueAtOnceAndNotTakenTwiceWhileLeased() {
    assertThat(mail.nextAttemptAt()).contains(now());

    MailToSend taken = mail.take(Duration.ofMinutes(5), clock);

    assertThat(taken.to()).isEqualTo("eva@maakmatch.example");
    assertThat(taken.language()).isEqualTo("en");
    assertThat(mail.nextAttemptAt()).contains(now().plusMinutes(5));
  }

  @Test
  void isTriedAgainLaterAfterEachFailureWithTheReasonKept() {
    mail.failed(SERVER_DOWN, clock);
    clock.advance(Duration.ofSeconds(10));
    mail.failed(SERVER_DOWN, clock);

    assertThat(mail.attempts()).isEqualTo(2);
    assertThat(mail.nextAttemptAt()).contains(now().plusSeconds(20));
    assertThat(mail.lastError()).contains("SERVER_UNAVAILABLE: Connection refused");
    assertThat(mail.gaveUpAt()).isEmpty();
  }

  @Test
  void isGivenUpADayAfterItWasWrittenAndKeptWithItsLastError() {
    clock.advance(Duration.ofHours(24));

    mail.failed(SERVER_DOWN, clock);

    assertThat(mail.gaveUpAt()).contains(now());
    assertThat(mail.nextAttemptAt()).isEmpty();
    assertThat(mail.lastError()).isPresent();
  }

  @Test
  void isGivenUpAtOnceForAnAddressNoServerCanSendTo() {
    mail.failed(new MailNotSent(MailNotSent.Cause.INVALID_ADDRESS, "Illegal address", null), clock);

    assertThat(mail.gaveUpAt()).contains(now());
    assertThat(mail.attempts()).isEqualTo(1);
  }

  @Test
  void keepsNoErrorLongerThanItsColumn() {
    mail.failed(new MailNotSent(MailNotSent.Cause.REJECTED, "x".repeat(5000), null), clock);

    assertThat(mail.lastError()).hasValueSatisfying(e -> assertThat(e).hasSize(1000));
  }

  @Test
  void isNotSentAgainOnceSent() {
    mail.sent(clock);

    assertThat(mail.sentAt()).contains(now());
    assertThat(mail.nextAttemptAt()).isEmpty();
    assertThatThrownBy(() -> mail.failed(SERVER_DOWN, clock))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void writesTheSubjectOnOneLine() {
    MailText text = new MailText("New\r\nBcc: someone@example.org", "body");

    assertThat(text.subject()).isEqualTo("New Bcc: someone@example.org");
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
