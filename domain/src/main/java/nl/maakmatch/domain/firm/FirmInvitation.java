package nl.maakmatch.domain.firm;

import static nl.maakmatch.domain.DomainMessages.TEXT;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import nl.maakmatch.domain.BusinessRuleViolation;

/**
 * An invitation to join a firm. Only a hash of its code is stored, so a database reader cannot use
 * it; it works once, before it expires.
 */
@Entity
@Table(name = "firm_invitation")
public class FirmInvitation {

  static final Duration VALID_FOR = Duration.ofDays(7);
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  @Id
  @Column(name = "code_hash")
  private String codeHash;

  @Column(name = "firm_id", nullable = false, updatable = false)
  private UUID firmId;

  @Column(name = "invited_by", nullable = false, updatable = false)
  private String invitedBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "accepted_by")
  private String acceptedBy;

  @Column(name = "accepted_at")
  private OffsetDateTime acceptedAt;

  protected FirmInvitation() {}

  /** A new invitation and its code, which is shown once to the member who invites. */
  record Issued(FirmInvitation invitation, String code) {}

  static Issued issue(UUID firmId, String by, Clock clock) {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    FirmInvitation invitation = new FirmInvitation();
    invitation.codeHash = hash(code.toString());
    invitation.firmId = firmId;
    invitation.invitedBy = by;
    invitation.createdAt = OffsetDateTime.now(clock);
    invitation.expiresAt = invitation.createdAt.plus(VALID_FOR);
    return new Issued(invitation, code.toString());
  }

  static String hash(String code) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(code.strip().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The invitation's id: the hash of its code. */
  String codeHash() {
    return codeHash;
  }

  boolean isUsable(Clock clock) {
    return acceptedAt == null && OffsetDateTime.now(clock).isBefore(expiresAt);
  }

  /** The invited user joins: once, before the invitation expires. */
  void accept(String subject, Clock clock) {
    if (!isUsable(clock)) {
      throw new BusinessRuleViolation("invitation", TEXT.get("firm.invitationInvalid"));
    }
    acceptedBy = subject;
    acceptedAt = OffsetDateTime.now(clock);
  }

  public UUID firmId() {
    return firmId;
  }

  public String invitedBy() {
    return invitedBy;
  }

  public OffsetDateTime expiresAt() {
    return expiresAt;
  }
}
