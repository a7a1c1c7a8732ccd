package nl.maakmatch.domain.notification;

import java.util.Objects;
import java.util.Optional;

/**
 * How MaakMatch sends mail, from configuration ({@code maakmatch.mail.*}, see the web module's
 * {@code microprofile-config.properties}).
 *
 * @param enabled false: notifications are stored, but no mail is written or sent
 * @param host the SMTP server
 * @param port its port
 * @param from the sender, e.g. {@code MaakMatch <noreply@maakmatch.example>}
 * @param user the SMTP login, if the server asks for one
 * @param password its password
 * @param startTls whether to require STARTTLS (a server on another machine)
 * @param portalOrigin where the portal runs, e.g. {@code https://maakmatch.nl}: links in mails are
 *     absolute URLs on it
 */
public record MailSettings(
    boolean enabled,
    String host,
    int port,
    String from,
    Optional<String> user,
    Optional<String> password,
    boolean startTls,
    String portalOrigin) {

  public MailSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(portalOrigin, "portalOrigin");
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("maakmatch.mail.smtp.port is not a port: " + port);
    }
    user = user.filter(u -> !u.isBlank());
    portalOrigin = portalOrigin.endsWith("/") ? portalOrigin.replaceAll("/+$", "") : portalOrigin;
  }

  /**
   * The app path {@code link} as an absolute URL on the portal. The portal routes in the URL's
   * fragment, which survives the sign-in on the way.
   */
  public String absolute(String link) {
    return portalOrigin + "/#" + link;
  }

  @Override
  public String toString() {
    // never the password, e.g. in a log line
    return "MailSettings[enabled="
        + enabled
        + ", smtp="
        + host
        + ":"
        + port
        + ", from="
        + from
        + ", user="
        + user.orElse("-")
        + ", startTls="
        + startTls
        + "]";
  }
}
