package nl.maakmatch.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WebhookUrlTest {

  private static final boolean ALLOWED = true;
  private static final boolean NOT_ALLOWED = false;

  @Test
  void takesAnHttpsAddress() {
    assertThat(WebhookUrl.parse("https://bank.example/maakmatch?tenant=7", NOT_ALLOWED))
        .hasToString("https://bank.example/maakmatch?tenant=7");
  }

  @Test
  void refusesPlainHttpToAnotherMachineEvenWhereLoopbackIsAllowed() {
    assertRejected("http://bank.example/hook", ALLOWED, "webhook.url.httpsRequired");
    assertRejected("http://10.0.0.7/hook", ALLOWED, "webhook.url.httpsRequired");
  }

  @Test
  void takesPlainHttpToThisMachineOnlyWhereConfigured() {
    assertThat(WebhookUrl.parse("http://localhost:9000/hook", ALLOWED).isLoopback()).isTrue();
    assertThat(WebhookUrl.parse("http://127.0.0.1:9000/hook", ALLOWED).isLoopback()).isTrue();
    assertThat(WebhookUrl.parse("http://[::1]:9000/hook", ALLOWED).isLoopback()).isTrue();
    assertRejected("http://localhost:9000/hook", NOT_ALLOWED, "webhook.url.httpsRequired");
  }

  @Test
  void doesNotTakeANameThatMerelyLooksLikeLoopback() {
    assertRejected("http://localhost.bank.example/hook", ALLOWED, "webhook.url.httpsRequired");
    assertRejected("http://127.0.0.1.nip.io/hook", ALLOWED, "webhook.url.httpsRequired");
  }

  @Test
  void refusesOtherSchemes() {
    assertRejected("ftp://bank.example/hook", ALLOWED, "webhook.url.httpsRequired");
    assertRejected("file:///etc/passwd", ALLOWED, "webhook.url.httpsRequired");
    assertRejected("mailto:ops@bank.example", ALLOWED, "webhook.url.malformed");
  }

  @Test
  void refusesCredentialsInTheAddress() {
    assertRejected("https://user:pass@bank.example/hook", NOT_ALLOWED, "webhook.url.userInfo");
  }

  @Test
  void refusesWhatIsNotAnAbsoluteAddressOfAHost() {
    assertRejected("/relative/hook", NOT_ALLOWED, "webhook.url.malformed");
    assertRejected("https://bank example/hook", NOT_ALLOWED, "webhook.url.malformed");
    assertRejected("https:///hook", NOT_ALLOWED, "webhook.url.noHost");
    assertRejected("https://bank.example/hook#part", NOT_ALLOWED, "webhook.url.fragment");
  }

  @Test
  void refusesAnAddressLongerThan2000Characters() {
    String base = "https://bank.example/";
    String longest = base + "a".repeat(WebhookUrl.MAX_LENGTH - base.length());
    assertThat(WebhookUrl.parse(longest, NOT_ALLOWED).uri().toString()).hasSize(2000);
    assertRejected(longest + "a", NOT_ALLOWED, "webhook.url.tooLong");
  }

  private static void assertRejected(String url, boolean allowHttpLoopback, String key) {
    assertThatThrownBy(() -> WebhookUrl.parse(url, allowHttpLoopback))
        .isInstanceOfSatisfying(
            WebhookSettingRejected.class,
            e -> {
              assertThat(e.field()).isEqualTo("url");
              assertThat(e.explanation().key()).isEqualTo(key);
            });
  }
}
