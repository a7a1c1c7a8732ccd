package nl.maakmatch.api.problem;

import java.util.Set;

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
  public static final String UNAUTHORIZED = BASE + "unauthorized";
  public static final String PRECONDITION_REQUIRED = BASE + "precondition-required";
  public static final String TOO_LARGE = BASE + "request-too-large";
  public static final String UNSUPPORTED_MEDIA_TYPE = BASE + "unsupported-media-type";
  public static final String METHOD_NOT_ALLOWED = BASE + "method-not-allowed";
  public static final String NOT_ACCEPTABLE = BASE + "not-acceptable";
  public static final String TOO_MANY_REQUESTS = BASE + "too-many-requests";
  public static final String UNAVAILABLE = BASE + "unavailable";
  public static final String UNEXPECTED = BASE + "unexpected";

  // statuses with a title of their own in titles.properties
  private static final Set<Integer> KNOWN =
      Set.of(400, 401, 403, 404, 405, 406, 409, 412, 413, 415, 422, 428, 429, 500, 503);

  private ProblemTypes() {}

  static boolean isKnown(int status) {
    return KNOWN.contains(status);
  }

  /** The type of a problem that is only its status. */
  static String forStatus(int status) {
    return switch (status) {
      case 400 -> VALIDATION;
      case 401 -> UNAUTHORIZED;
      case 403 -> FORBIDDEN;
      case 404 -> NOT_FOUND;
      case 405 -> METHOD_NOT_ALLOWED;
      case 406 -> NOT_ACCEPTABLE;
      case 409 -> CONFLICT;
      case 412 -> STALE;
      case 413 -> TOO_LARGE;
      case 415 -> UNSUPPORTED_MEDIA_TYPE;
      case 422 -> BUSINESS_RULE;
      case 428 -> PRECONDITION_REQUIRED;
      case 429 -> TOO_MANY_REQUESTS;
      case 503 -> UNAVAILABLE;
      default -> status >= 500 ? UNEXPECTED : "about:blank";
    };
  }
}
