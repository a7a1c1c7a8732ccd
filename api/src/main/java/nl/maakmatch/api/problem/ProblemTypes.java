package nl.maakmatch.api.problem;

/** The problem types MaakMatch answers with; each names a page that explains it. */
public final class ProblemTypes {

  private static final String BASE = "https://maakmatch.nl/problems/";

  public static final String VALIDATION = BASE + "validation";
  public static final String MALFORMED = BASE + "malformed-request";
  public static final String NOT_FOUND = BASE + "not-found";
  public static final String CONFLICT = BASE + "conflict";
  public static final String STALE = BASE + "stale-version";
  public static final String BUSINESS_RULE = BASE + "business-rule";
  public static final String FORBIDDEN = BASE + "forbidden";
  public static final String PRECONDITION_REQUIRED = BASE + "precondition-required";
  public static final String UNEXPECTED = BASE + "unexpected";

  private ProblemTypes() {}
}
