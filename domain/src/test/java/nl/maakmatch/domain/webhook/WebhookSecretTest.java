package nl.maakmatch.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WebhookSecretTest {

  @Test
  void takesSixteenToTwoHundredCharacters() {
    assertThat(new WebhookSecret("x".repeat(16)).value()).hasSize(16);
    assertThat(new WebhookSecret("x".repeat(200)).value()).hasSize(200);
    assertRejected("x".repeat(15));
    assertRejected("x".repeat(201));
  }

  @Test
  void showsNoMoreThanItsLastFourCharacters() {
    WebhookSecret secret = new WebhookSecret("correct-horse-battery-staple");

    assertThat(secret.ending()).isEqualTo("aple");
    assertThat(secret.toString()).doesNotContain("correct").contains("aple");
  }

  private static void assertRejected(String value) {
    assertThatThrownBy(() -> new WebhookSecret(value))
        .isInstanceOfSatisfying(
            WebhookSettingRejected.class,
            e -> {
              assertThat(e.field()).isEqualTo("secret");
              assertThat(e.explanation().args()).containsExactly("16", "200");
            });
  }
}
