package nl.maakmatch.domain.webhook;

import static nl.maakmatch.domain.webhook.WebhookMessages.TEXT;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where an organisation's events are posted: an absolute https address of a host, without a user
 * name or password (the signature proves who sent a delivery; credentials in an address end up in
 * logs) and without a fragment (it is never sent). Plain http is only for a receiver on this very
 * machine, and only where {@link WebhookOptions#allowHttpLoopback()} says so (tests, the demo):
 * events carry a firm's plans and must not cross a network unencrypted.
 */
public record WebhookUrl(URI uri) {

  /** The longest address kept; longer ones are a mistake or an attack, not a receiver. */
  public static final int MAX_LENGTH = 2000;

  private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.\\d{1,3}){3}");

  public WebhookUrl {
    Objects.requireNonNull(uri, "uri");
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute() || uri.isOpaque()) {
      throw rejected("webhook.url.malformed");
    }
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw rejected("webhook.url.httpsRequired");
    }
    if (uri.getRawUserInfo() != null) {
      throw rejected("webhook.url.userInfo");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw rejected("webhook.url.noHost");
    }
    if (uri.getRawFragment() != null) {
      throw rejected("webhook.url.fragment");
    }
    if (uri.toString().length() > MAX_LENGTH) {
      throw new WebhookSettingRejected(
          "url", TEXT.get("webhook.url.tooLong", String.valueOf(MAX_LENGTH)));
    }
  }

  /**
   * The address a member typed, if a webhook may have it: https, or http to this machine when
   * {@code allowHttpLoopback}; otherwise {@link WebhookSettingRejected} with the reason.
   */
  public static WebhookUrl parse(String text, boolean allowHttpLoopback) {
    Objects.requireNonNull(text, "text");
    if (text.length() > MAX_LENGTH) {
      throw new WebhookSettingRejected(
          "url", TEXT.get("webhook.url.tooLong", String.valueOf(MAX_LENGTH)));
    }
    URI uri;
    try {
      uri = new URI(text.strip());
    } catch (URISyntaxException e) {
      throw rejected("webhook.url.malformed");
    }
    WebhookUrl url = new WebhookUrl(uri);
    if (!url.isHttps() && !(allowHttpLoopback && url.isLoopback())) {
      throw rejected("webhook.url.httpsRequired");
    }
    return url;
  }

  /**
   * The address as read back from the database: checked again, except for the configuration (an
   * http address stored while it was allowed is still shown, and still delivered to).
   */
  public static WebhookUrl stored(String text) {
    try {
      return new WebhookUrl(new URI(text));
    } catch (URISyntaxException e) {
      throw new IllegalStateException("a stored webhook address does not parse", e);
    }
  }

  public boolean isHttps() {
    return uri.getScheme().equalsIgnoreCase("https");
  }

  /**
   * Whether the host is this machine by its literal name or address ({@code localhost}, {@code
   * 127.x.x.x}, {@code [::1]}). Names are not resolved: a name that resolves to a loopback address
   * today may not tomorrow, and resolving here would let an address probe the network.
   */
  public boolean isLoopback() {
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    return host.equals("localhost")
        || IPV4_LOOPBACK.matcher(host).matches()
        || host.equals("[::1]")
        || host.equals("[0:0:0:0:0:0:0:1]");
  }

  @Override
  public String toString() {
    return uri.toString();
  }

  private static WebhookSettingRejected rejected(String key) {
    return new WebhookSettingRejected("url", TEXT.get(key));
  }
}
