package nl.maakmatch.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  @Test
  void isTheHmacSha256OfRfc4231() {
    // RFC 4231, test case 2
    assertThat(WebhookSignature.of("Jefe", bytes("what do ya want for nothing?")))
        .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }

  @Test
  void readsLikeTheSignaturesReceiversAlreadyCheck() {
    // GitHub's documented example of X-Hub-Signature-256, the same form
    assertThat(WebhookSignature.of("It's a Secret to Everybody", bytes("Hello, World!")))
        .isEqualTo("sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17");
  }

  @Test
  void matchesOnlyTheSameBodyUnderTheSameSecret() {
    byte[] body = bytes("{\"id\":1}");
    String header = WebhookSignature.of("a-secret-of-16-chars", body);

    assertThat(WebhookSignature.matches("a-secret-of-16-chars", body, header)).isTrue();
    assertThat(WebhookSignature.matches("a-secret-of-16-chars", bytes("{\"id\":2}"), header))
        .isFalse();
    assertThat(WebhookSignature.matches("another-secret-16ch", body, header)).isFalse();
    assertThat(WebhookSignature.matches("a-secret-of-16-chars", body, null)).isFalse();
  }

  @Test
  void takesTheSecretAsUtf8() {
    // as `printf '{"id":1}' | openssl dgst -sha256 -hmac 'geheimpje-met-€-erin'` in a UTF-8 shell
    assertThat(WebhookSignature.of("geheimpje-met-€-erin", bytes("{\"id\":1}")))
        .isEqualTo("sha256=aff2019b6039d27067effd5f693664ba52b0cd98406b9449f119b6a067cc20f1");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
