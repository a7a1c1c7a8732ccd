package nl.maakmatch.api.problem;

import java.io.IOException;

/** A request body beyond the configured limit, found while reading it (413). */
public class RequestTooLarge extends IOException {

  private final long limit;

  public RequestTooLarge(long limit) {
    super("request body exceeds " + limit + " bytes");
    this.limit = limit;
  }

  public long limit() {
    return limit;
  }
}
