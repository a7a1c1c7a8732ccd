package nl.maakmatch.domain.notification;

import static nl.maakmatch.domain.fixtures.Notices.THE_INTRODUCTION;
import static nl.maakmatch.domain.fixtures.Notices.anIntroductionRequested;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.maakmatch.domain.fixtures.Time;
import nl.maakmatch.matching.text.MessageRenderer;
import org.junit.jupiter.api.Test;

class NotifierTest {

  private final Mailing mailing = new Mailing(Time.fixedClock(), true);

  @Test
  void storesOneNotificationPerDistinctRecipientInEveryLanguage() {
    mailing.notifier.notify(
        List.of("anna", "eva", "anna", " ", "carla"), anIntroductionRequested());

    assertThat(mailing.notifications.rows)
        .extracting(Notification::recipient)
        .containsExactly("anna", "eva", "carla");
    Notification evas = mailing.notifications.rows.get(1);
    assertThat(evas.kind()).isEqualTo("IntroductionRequested");
    assertThat(evas.introductionId()).contains(THE_INTRODUCTION);
    assertThat(evas.link()).isEqualTo("/introductions/" + THE_INTRODUCTION);
    assertThat(evas.isRead()).isFalse();
    assertThat(evas.textIn(MessageRenderer.DUTCH).title())
        .isEqualTo("Nieuwe introductie van Van Dijk Precisiemetaal B.V.");
    assertThat(evas.textIn(MessageRenderer.DUTCH).body())
        .isEqualTo(
            "Van Dijk Precisiemetaal B.V. vraagt financiering van € 1.200.000 voor een plan."
                + " Antwoord binnen vijf werkdagen.");
    assertThat(evas.textIn(Locale.ENGLISH).title())
        .isEqualTo("New introduction from Van Dijk Precisiemetaal B.V.");
    assertThat(evas.textIn(Locale.ENGLISH).body()).contains("financing of €1,200,000");
  }

  @Test
  void showsANotificationInDutchWhenItWasNotStoredInTheLanguageAskedFor() {
    mailing.notifier.notify(List.of("anna"), anIntroductionRequested());

    assertThat(mailing.notifications.rows.get(0).textIn(Locale.GERMAN).title())
        .startsWith("Nieuwe introductie");
  }

  @Test
  void mailsEachRecipientWithAnAddressInTheLanguageTheyPrefer() {
    mailing.notifier.notify(List.of("anna", "eva", "carla"), anIntroductionRequested());

    Map<String, OutgoingMail> mails =
        mailing.outbox.rows.stream()
            .collect(Collectors.toMap(OutgoingMail::to, Function.identity()));
    assertThat(mails).containsOnlyKeys("anna@maakmatch.example", "eva@maakmatch.example");

    OutgoingMail annas = mails.get("anna@maakmatch.example");
    assertThat(annas.language()).isEqualTo(MessageRenderer.DUTCH);
    assertThat(annas.subject())
        .isEqualTo("MaakMatch: Nieuwe introductie van Van Dijk Precisiemetaal B.V.");
    assertThat(annas.body())
        .isEqualTo(
            """
            Goedendag,

            Van Dijk Precisiemetaal B.V. vraagt financiering van € 1.200.000 voor een plan.\
             Antwoord binnen vijf werkdagen.

            Bekijk het in MaakMatch: https://maakmatch.example/#/introductions/%s

            --\s
            U ontvangt deze e-mail omdat er in MaakMatch iets is waarop u moet reageren.\
             Al uw meldingen staan ook in MaakMatch, onder Meldingen.
            Dit bericht is automatisch verstuurd; een antwoord erop wordt niet gelezen.
            """
                .formatted(THE_INTRODUCTION));

    OutgoingMail evas = mails.get("eva@maakmatch.example");
    assertThat(evas.language()).isEqualTo(Locale.ENGLISH);
    assertThat(evas.subject())
        .isEqualTo("MaakMatch: New introduction from Van Dijk Precisiemetaal B.V.");
    assertThat(evas.body())
        .startsWith("Hello,\n\nVan Dijk Precisiemetaal B.V. asks for financing of €1,200,000")
        .contains(
            "View it in MaakMatch: https://maakmatch.example/#/introductions/" + THE_INTRODUCTION)
        .contains("You receive this e-mail because something in MaakMatch awaits your action.");
  }

  @Test
  void queuesAMailDueAtOnceForItsNotification() {
    mailing.notifier.notify(List.of("anna"), anIntroductionRequested());

    OutgoingMail mail = mailing.outbox.only();
    assertThat(mail.notificationId()).isEqualTo(mailing.notifications.rows.get(0).id());
    assertThat(mail.attempts()).isZero();
    assertThat(mail.nextAttemptAt()).contains(mail.createdAt());
    assertThat(mail.sentAt()).isEmpty();
  }

  @Test
  void storesNotificationsButWritesNoMailWhenMailIsSwitchedOff() {
    Mailing withoutMail = new Mailing(Time.fixedClock(), false);

    withoutMail.notifier.notify(List.of("anna", "eva"), anIntroductionRequested());

    assertThat(withoutMail.notifications.rows).hasSize(2);
    assertThat(withoutMail.outbox.rows).isEmpty();
  }
}
