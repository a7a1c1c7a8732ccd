package nl.maakmatch.domain.notification;

/**
 * A mail could not be handed to the mail server. Whether to try the rest of a batch and whether to
 * try this mail again depend on why.
 */
public class MailNotSent extends Exception {

  /** Why a mail was not sent. */
  public enum Cause {
    /** The server could not be reached or refused the session: every mail would fail now. */
    SERVER_UNAVAILABLE,
    /** The server refused this mail (perhaps for now): try it again later. */
    REJECTED,
    /** The address cannot be sent to at all: trying again cannot help. */
    INVALID_ADDRESS
  }

  private final Cause cause;

  public MailNotSent(Cause cause, String reason, Throwable underlying) {
    super(reason, underlying);
    this.cause = cause;
  }

  public Cause why() {
    return cause;
  }

  public boolean serverUnavailable() {
    return cause == Cause.SERVER_UNAVAILABLE;
  }

  public boolean permanent() {
    return cause == Cause.INVALID_ADDRESS;
  }
}
