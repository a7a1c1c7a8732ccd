package nl.maakmatch.api.problem;

/** A change without If-Match: it could overwrite someone else's change unseen (428). */
public class PreconditionRequired extends RuntimeException {

  public PreconditionRequired() {
    super(
        "Send the record's ETag in If-Match, so your change cannot overwrite someone else's"
            + " unseen.");
  }
}
