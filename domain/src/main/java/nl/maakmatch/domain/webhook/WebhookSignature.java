package nl.maakmatch.domain.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The proof that a delivery comes from MaakMatch and was not changed on the way: {@code
 * X-MaakMatch-Signature: sha256=<hex>}, the HMAC-SHA256 of the exact body bytes under the webhook's
 * secret (as UTF-8), in lower-case hex. A receiver computes the same over the bytes it received and
 * compares in constant time; the form is the one GitHub and others use, so their libraries work.
 */
public final class WebhookSignature {

  public static final String HEADER = "X-MaakMatch-Signature";
  static final String PREFIX = "sha256=";
  private static final String ALGORITHM = "HmacSHA256";

  private WebhookSignature() {}

  /** The header's value for this body under this secret. */
  public static String of(String secret, byte[] body) {
    return PREFIX + HexFormat.of().formatHex(hmac(secret, body));
  }

  /** Whether a header's value is the signature of this body, compared in constant time. */
  public static boolean matches(String secret, byte[] body, String header) {
    if (header == null) {
      return false;
    }
    return MessageDigest.isEqual(
        of(secret, body).getBytes(StandardCharsets.US_ASCII),
        header.getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] hmac(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
      return mac.doFinal(body);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      // every Java platform has HmacSHA256, and any non-empty key is valid for it
      throw new IllegalStateException(e);
    }
  }
}
