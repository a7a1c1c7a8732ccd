package nl.maakmatch.api.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import nl.maakmatch.api.JsonMapping;
import nl.maakmatch.api.problem.InvalidInput;
import nl.maakmatch.api.problem.ProblemMessages;
import nl.maakmatch.domain.plan.IdempotencyKey;

/** The {@code Idempotency-Key} header of a creation request, read with what the request asked. */
final class IdempotencyKeys {

  static final String HEADER = "Idempotency-Key";

  static final String DESCRIPTION =
      "A key the client makes up for this creation (a UUID, at most 200 printable characters) and"
          + " sends again when it retries: the retry returns what the first request created, with"
          + " header Idempotent-Replayed: true, instead of creating it twice. The same key with a"
          + " different request is refused (422).";

  private IdempotencyKeys() {}

  /** The key with the digest of {@code request}; empty without the header. */
  static Optional<IdempotencyKey> of(String header, Object request) {
    if (header == null) {
      return Optional.empty();
    }
    if (header.isBlank()
        || header.length() > IdempotencyKey.MAX_LENGTH
        || !header.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new InvalidInput(
          HEADER,
          ProblemMessages.TEXT.get(
              "input.idempotencyKey", String.valueOf(IdempotencyKey.MAX_LENGTH)));
    }
    return Optional.of(new IdempotencyKey(header, digest(request)));
  }

  private static String digest(Object request) {
    try {
      byte[] json =
          JsonMapping.mapper().writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot read back a request it just read", e);
    }
  }
}
