package nl.maakmatch.domain.plan;

import java.util.Objects;

/**
 * A client's key for one creation request, and the digest of what it asked: a retry sends both
 * again; the same key with another request is refused.
 */
public record IdempotencyKey(String value, String requestDigest) {

  /** The longest key kept; clients send a UUID (36 characters) or similar. */
  public static final int MAX_LENGTH = 200;

  public IdempotencyKey {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(requestDigest, "requestDigest");
    if (value.isBlank() || value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("an idempotency key has 1 to " + MAX_LENGTH + " chars");
    }
  }
}
