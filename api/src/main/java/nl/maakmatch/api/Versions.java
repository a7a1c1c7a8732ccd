package nl.maakmatch.api;

import jakarta.ws.rs.core.EntityTag;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.maakmatch.api.problem.InvalidInput;
import nl.maakmatch.api.problem.PreconditionRequired;
import nl.maakmatch.api.problem.ProblemMessages;

/**
 * Record versions on the wire: the ETag of a record is {@code "v<version>"}; a change must name the
 * version it is based on in {@code If-Match}, so that it cannot silently overwrite another.
 */
public final class Versions {

  private static final Pattern TAG = Pattern.compile("^(?:W/)?\"v(\\d{1,18})\"$");

  private Versions() {}

  public static EntityTag etag(long version) {
    return new EntityTag("v" + version);
  }

  /** The version named by a required {@code If-Match} header. */
  public static long required(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new PreconditionRequired();
    }
    return parse(ifMatch);
  }

  /** The version named by an optional {@code If-Match} header, or null when absent. */
  public static Long optional(String ifMatch) {
    return ifMatch == null || ifMatch.isBlank() ? null : parse(ifMatch);
  }

  private static long parse(String ifMatch) {
    Matcher m = TAG.matcher(ifMatch.trim());
    if (!m.matches()) {
      throw new InvalidInput("If-Match", ProblemMessages.TEXT.get("input.etag"));
    }
    return Long.parseLong(m.group(1));
  }
}
