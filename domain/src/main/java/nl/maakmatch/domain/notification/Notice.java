package nl.maakmatch.domain.notification;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.maakmatch.matching.text.Message;

/**
 * What to tell the people concerned by an event, not yet in any language.
 *
 * @param kind the event's type name, e.g. {@code IntroductionRequested}: a letter, then letters and
 *     digits, at most {@link #KIND_LENGTH}
 * @param introductionId the introduction it is about, or null for a notice about none
 * @param title one line: the mail's subject, the notification's heading
 * @param body what happened and what the recipient is asked to do
 * @param link the app path of the item to act on, e.g. {@code /introductions/<id>}; mails turn it
 *     into an absolute URL on the portal's origin
 */
public record Notice(String kind, UUID introductionId, Message title, Message body, String link) {

  /** Column widths (V13). */
  public static final int KIND_LENGTH = 40;

  public static final int LINK_LENGTH = 500;

  private static final Pattern KIND = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
  // an app path: no scheme or host (so a mail never links elsewhere), no white space
  private static final Pattern APP_PATH = Pattern.compile("/(?!/)[\\x21-\\x7e]*");

  /**
   * Kinds of notice that go to many firms at once (a catalogue change tells every firm whose plan
   * it changed): their mails yield to the others in the outbox.
   */
  private static final Set<String> BULK_KINDS = Set.of("PlanRematched");

  public Notice {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(link, "link");
    if (kind.length() > KIND_LENGTH || !KIND.matcher(kind).matches()) {
      throw new IllegalArgumentException("a notice's kind is an event type name: " + kind);
    }
    if (link.length() > LINK_LENGTH || !APP_PATH.matcher(link).matches()) {
      throw new IllegalArgumentException("a notice links to a path in the app: " + link);
    }
  }

  /** Whether this notice is one of many sent at once, whose mail may wait for the others. */
  public boolean bulk() {
    return BULK_KINDS.contains(kind);
  }
}
