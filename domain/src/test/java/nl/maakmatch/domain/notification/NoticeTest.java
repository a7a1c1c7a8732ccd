package nl.maakmatch.domain.notification;

import static nl.maakmatch.domain.fixtures.Notices.anIntroductionRequested;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import nl.maakmatch.matching.text.Message;
import org.junit.jupiter.api.Test;

class NoticeTest {

  private static final Message TITLE = anIntroductionRequested().title();

  @Test
  void linksOnlyToAPathInTheApp() {
    for (String link :
        new String[] {
          "https://evil.example/x", "//evil.example/x", "introductions/1", "/a b", ""
        }) {
      assertThatThrownBy(() -> new Notice("IntroductionRequested", null, TITLE, TITLE, link))
          .as(link)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(
            new Notice("IntroductionOverdue", null, TITLE, TITLE, "/introductions?state=open")
                .link())
        .isEqualTo("/introductions?state=open");
  }

  @Test
  void isOfAKindNamedLikeAnEventType() {
    assertThatThrownBy(() -> new Notice("introduction requested", null, TITLE, TITLE, "/"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Notice("X".repeat(41), null, TITLE, TITLE, "/"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void keepsItsTextsInEveryLanguageThroughTheDatabaseColumn() {
    NoticeTexts texts = NoticeTexts.of(anIntroductionRequested());

    NoticeTexts stored = NoticeTexts.fromJson(texts.toJson());

    assertThat(stored).isEqualTo(texts);
    assertThat(stored.in(Locale.ENGLISH).title())
        .isEqualTo("New introduction from Van Dijk Precisiemetaal B.V.");
    assertThat(texts.toJson()).contains("\"nl\"", "\"en\"");
  }

  @Test
  void speaksDutchToSomeoneWhoseLanguageMaakMatchDoesNotSpeak() {
    assertThat(NoticeTexts.spoken(Locale.GERMAN)).isEqualTo(Locale.forLanguageTag("nl"));
    assertThat(NoticeTexts.spoken(null)).isEqualTo(Locale.forLanguageTag("nl"));
    assertThat(NoticeTexts.spoken(Locale.UK)).isEqualTo(Locale.ENGLISH);
  }
}
