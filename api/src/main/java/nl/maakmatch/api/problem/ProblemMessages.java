package nl.maakmatch.api.problem;

import nl.maakmatch.matching.text.Message;
import nl.maakmatch.matching.text.Messages;

/**
 * What the API says when something goes wrong; patterns in {@code messages*.properties}, the
 * standard title of each status in {@code titles*.properties}.
 */
public final class ProblemMessages {

  public static final Messages TEXT = Messages.in("nl.maakmatch.api.problem.messages");
  private static final Messages TITLES = Messages.in("nl.maakmatch.api.problem.titles");

  private ProblemMessages() {}

  /** The title for a status; a status without its own title gets the one of its class. */
  static Message title(int status) {
    return TITLES.get(
        ProblemTypes.isKnown(status) ? Integer.toString(status) : status / 100 + "xx");
  }
}
