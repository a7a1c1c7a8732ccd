package nl.maakmatch.api.problem;

/** A change without If-Match: it could overwrite someone else's change unseen (428). */
public class PreconditionRequired extends RuntimeException {

  public PreconditionRequired() {
    super("If-Match missing");
  }
}
